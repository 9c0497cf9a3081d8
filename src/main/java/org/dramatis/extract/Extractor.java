package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
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

    private final Lexicons lexicons;
    private final MentionFinder mentionFinder;
    private final RuleList rules;
    private final StoryDates storyDates;
    private final TitleSlotTypes titleSlots;

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
     * Uses already loaded lexicons and runs every rule but those in {@code off}.
     *
     * @throws IllegalArgumentException when {@code off} names an unknown rule
     */
    public Extractor(Lexicons lexicons, Set<String> off) {
        this.lexicons = lexicons;
        this.mentionFinder = new MentionFinder(lexicons);
        this.rules = new RuleList(RuleList.standard(lexicons), off);
        this.storyDates = new StoryDates(lexicons);
        this.titleSlots = new TitleSlotTypes(lexicons);
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
        AnnotatedDocument doc = storyDates.withoutNamedNumbers(annotated);
        List<MentionFinder.Draft> drafts = mentionFinder.find(doc, guard);
        LocalDate updated = Byline.latest(doc);
        LocalDate toldUntil = updated != null && documentDate != null && updated.isAfter(documentDate) ? updated : documentDate;
        boolean sutimeDated = precision == DatePrecision.DAY && (source == DateSource.FILE || source == DateSource.USER);
        boolean inferred = documentDate == null || source == DateSource.TEXT;
        LocalDate stated = inferred && precision == DatePrecision.DAY ? documentDate : statedDay(doc, documentDate);
        // SUTime placed the yearless dates of a text it had the date of; a planned one ahead of a day the text states.
        LocalDate writtenOn = precision == DatePrecision.DAY ? documentDate : null;
        DateNormalizer dates = new DateNormalizer(stated, toldUntil, sutimeDated || documentDate == null ? null : precision,
                sutimeDated ? java.util.Map.of() : storyDates.storyYears(doc, writtenOn, inferred));
        FactSink sink = new FactSink(dates, documentDate);
        DocContext ctx = new DocContext(doc, drafts, lexicons, sink);
        titleSlots.apply(ctx, guard);
        RuleOutput out = new RuleOutput(sink, new EventDates(dates, documentDate, toldUntil, lexicons.events().reactionWords()));
        for (SentenceView v : ctx.views) {
            for (ExtractionRule rule : rules.active()) {
                RuleOutput.Mark mark = out.mark();
                out.running(rule.id());
                guard.run(rule.id(), v.sentence.index(), () -> rule.apply(v, ctx, out), () -> out.rollback(mark));
            }
        }
        List<ActorMention> mentions = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            MentionFinder.Draft d = drafts.get(i);
            mentions.add(new ActorMention(i, d.text, d.type, d.sentence, d.begin, d.end, d.source));
        }
        return new Extraction(mentions, sink.facts, out.events(), guard.failures());
    }

    /**
     * The document date when the text itself states that day ("Marsana, 20 June 2020 -"), so that weekdays can be
     * counted back from it; null when the date is an estimate from a month or a year the text mentions.
     */
    private static LocalDate statedDay(AnnotatedDocument doc, LocalDate documentDate) {
        if (documentDate == null) {
            return null;
        }
        String day = documentDate.toString();
        for (org.dramatis.nlp.Sentence s : doc.sentences()) {
            for (org.dramatis.nlp.EntityMention m : s.mentions()) {
                if (("DATE".equals(m.tag()) || "TIME".equals(m.tag())) && day.equals(Byline.withoutTime(m.normalized()))) {
                    return documentDate;
                }
            }
        }
        return null;
    }
}
