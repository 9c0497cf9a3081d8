package org.dramatis.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * The extraction stage: turns an annotated document into actor mentions, fact claims and event claims, each citing its
 * sentence. A pure function of its inputs; the lexicons are loaded once in the constructor and only read afterwards, so
 * one instance may serve many threads.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor();
 * Extraction x = extractor.extract(nlp.annotate(text, date), date);
 * }</pre>
 */
public final class Extractor implements ClaimExtractor {
    /** The system property that lists the ids of rules to switch off, comma separated ({@code roles,aid}). */
    public static final String RULES_OFF_PROPERTY = RuleList.OFF_PROPERTY;

    private final MentionStep mentions;
    private final RuleList rules;
    private final ClaimDating dating;
    private final StoryDates storyDates;
    /** The classification step: the rules, unless {@link #classifiedBy} plugged in another classifier. */
    private final ClaimClassifier classifier;

    /**
     * Loads the lexicons from {@code dramatis/lexicon/} on the class path; switches off the rules that the system
     * property {@code dramatis.rules.off} or the environment variable {@code DRAMATIS_RULES_OFF} lists.
     *
     * @throws IllegalArgumentException when that list names an unknown rule
     */
    public Extractor() {
        this(Lexicons.load());
    }

    /** Uses already loaded lexicons; switches off rules as {@link #Extractor()} does. */
    public Extractor(Lexicons lexicons) {
        this(lexicons, RuleList.switchedOff());
    }

    /**
     * Uses already loaded lexicons and runs every rule but those in {@code off}. The steps, in the order they run on a
     * document: mentions found and typed, with the references over them ({@link MentionStep}); the document's time
     * ({@link ClaimDating}); the claims classified (the rules, {@link RuleList}), dated and qualified as they are made.
     *
     * @throws IllegalArgumentException when {@code off} names an unknown rule
     */
    public Extractor(Lexicons lexicons, Set<String> off) {
        this.mentions = new MentionStep(lexicons);
        this.storyDates = new StoryDates(lexicons);
        this.dating = new ClaimDating(lexicons, storyDates);
        this.rules = new RuleList(RuleList.standard(lexicons), off);
        this.classifier = rules;
    }

    private Extractor(Extractor steps, ClaimClassifier classifier) {
        this.mentions = steps.mentions;
        this.storyDates = steps.storyDates;
        this.dating = steps.dating;
        this.rules = steps.rules;
        this.classifier = classifier;
    }

    /**
     * This extractor with {@code classifier} in place of its classification step: the same mentions, references and
     * dates, other claims. {@link #rulesClassifier()} lets a classifier run the rules too.
     */
    public Extractor classifiedBy(ClaimClassifier classifier) {
        if (classifier == null) {
            throw new IllegalArgumentException("classifier to extract with is null");
        }
        return new Extractor(this, classifier);
    }

    /** The rules as a classification step, for a classifier that adds to what they find. */
    public ClaimClassifier rulesClassifier() {
        return rules;
    }

    /**
     * Checks that the rules {@value #RULES_OFF_PROPERTY} or {@code DRAMATIS_RULES_OFF} switches off exist, before any
     * document is read.
     *
     * @throws IllegalArgumentException naming an unknown rule and the known ones
     */
    public static void checkRulesOff() {
        Set<String> off = RuleList.switchedOff();
        if (!off.isEmpty()) {
            new RuleList(RuleList.standard(Lexicons.load()), off);
        }
    }

    /** The rules in the order they run on each sentence, with what each requires and provides and whether it is on. */
    public List<RuleInfo> rules() {
        return rules.describe();
    }

    /** The dates stories state, read with this extractor's lexicons: what a document's own date is inferred from. */
    @Override
    public StoryDates storyDates() {
        return storyDates;
    }

    /**
     * @param doc the annotated document (dependencies needed for facts and events)
     * @param documentDate publication date used to resolve partial dates, which SUTime had too; null when unknown
     */
    public Extraction extract(AnnotatedDocument doc, LocalDate documentDate) {
        return extract(doc, documentDate, "document");
    }

    /** As {@link #extract(AnnotatedDocument, LocalDate, DatePrecision, DateSource, String)}, naming no document. */
    public Extraction extract(AnnotatedDocument annotated, LocalDate documentDate, DatePrecision precision, DateSource source) {
        return extract(annotated, documentDate, precision, source, "document");
    }

    /**
     * @param annotated the annotated document (dependencies needed for facts and events)
     * @param documentDate the last day of the period the document's date names, resolving partial dates; null when unknown
     * @param precision how precisely that date is known; SUTime had the date when it is a DAY the user or the file gave
     * @param source where the date comes from: when it was inferred from the text (or is unknown), a date named without
     *               its year takes the year of the story before it ({@link StoryDates#storyYears}); when the text
     *               states its day (a byline or dateline), a planned one is the next after that day
     * @param name names the document in the log when a rule fails. Each rule runs on each sentence behind a
     *             {@link RuleGuard}: a rule that throws loses its output for that sentence only, and the failure is
     *             listed in {@link Extraction#failures()}.
     */
    @Override
    public Extraction extract(AnnotatedDocument annotated, LocalDate documentDate, DatePrecision precision, DateSource source,
                              String name) {
        if (annotated == null) {
            throw new IllegalArgumentException("document to extract from is null");
        }
        RuleGuard guard = new RuleGuard(name);
        AnnotatedDocument doc = storyDates.readDates(annotated);
        DateFrame time = dating.frame(doc, documentDate, precision, source);
        FactSink sink = new FactSink(time.dates(), documentDate);
        DocContext ctx = mentions.find(doc, sink, guard);
        ClaimDocument claims = new ClaimDocument(annotated, ctx, new RuleOutput(sink, time.eventDates()), time, guard);
        classifier.classify(claims);
        return claims.extraction();
    }
}
