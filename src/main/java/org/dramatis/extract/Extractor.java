package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final Lexicons lexicons;
    private final MentionFinder mentionFinder;
    private final RoleRules roles;
    private final RelationRules relations;
    private final StructureRules structure;
    private final AlignmentRules alignment;
    private final RelationNouns relationNouns;
    private final AidRules aid;
    private final EventRules events;

    /** Loads the lexicons from {@code dramatis/lexicon/} on the class path. */
    public Extractor() {
        this(Lexicons.load());
    }

    /** Uses already loaded lexicons. */
    public Extractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.mentionFinder = new MentionFinder(lexicons);
        this.roles = new RoleRules(lexicons);
        this.relations = new RelationRules(lexicons);
        this.structure = new StructureRules(lexicons, relations);
        this.alignment = new AlignmentRules(lexicons, relations);
        this.relationNouns = new RelationNouns(lexicons);
        this.aid = new AidRules(lexicons, relations);
        this.events = new EventRules(lexicons, relations);
    }

    /**
     * @param doc the annotated document (dependencies needed for facts and events)
     * @param documentDate publication date used to resolve partial dates; null when unknown (years then stay unknown)
     */
    public Extraction extract(AnnotatedDocument doc, LocalDate documentDate) {
        return extract(doc, documentDate, "document");
    }

    /**
     * As {@link #extract(AnnotatedDocument, LocalDate)}; {@code name} names the document in the log when a rule fails.
     * Each rule family runs on each sentence behind a {@link RuleGuard}: a rule that throws loses its output for that
     * sentence only, and the failure is listed in {@link Extraction#failures()}.
     */
    @Override
    public Extraction extract(AnnotatedDocument doc, LocalDate documentDate, String name) {
        if (doc == null) {
            throw new IllegalArgumentException("document to extract from is null");
        }
        RuleGuard guard = new RuleGuard(name);
        List<MentionFinder.Draft> drafts = mentionFinder.find(doc, guard);
        LocalDate updated = Byline.latest(doc);
        LocalDate toldUntil = updated != null && documentDate != null && updated.isAfter(documentDate) ? updated : documentDate;
        DateNormalizer dates = new DateNormalizer(statedDay(doc, documentDate), toldUntil);
        FactSink sink = new FactSink(dates, documentDate);
        DocContext ctx = new DocContext(doc, drafts, lexicons, sink);
        List<EventClaim> eventClaims = new ArrayList<>();
        EventDates eventDates = new EventDates(dates, documentDate, toldUntil);
        for (SentenceView v : ctx.views) {
            int i = v.sentence.index();
            factRule(guard, "roles", i, sink, () -> roles.apply(v, ctx, sink));
            factRule(guard, "relations", i, sink, () -> relations.apply(v, ctx, sink));
            factRule(guard, "structure", i, sink, () -> structure.apply(v, ctx, sink));
            factRule(guard, "alignment", i, sink, () -> alignment.apply(v, ctx, sink));
            factRule(guard, "relation-nouns", i, sink, () -> relationNouns.apply(v, ctx, sink));
            factRule(guard, "aid", i, sink, () -> aid.apply(v, ctx, sink));
            int events = eventClaims.size();
            guard.run("events", i, () -> this.events.apply(v, ctx, eventDates, eventClaims),
                    () -> eventClaims.subList(events, eventClaims.size()).clear());
        }
        List<ActorMention> mentions = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            MentionFinder.Draft d = drafts.get(i);
            mentions.add(new ActorMention(i, d.text, d.type, d.sentence, d.begin, d.end, d.source));
        }
        return new Extraction(mentions, sink.facts, eventClaims, guard.failures());
    }

    private static void factRule(RuleGuard guard, String rule, int sentence, FactSink sink, Runnable body) {
        int mark = sink.mark();
        guard.run(rule, sentence, body, () -> sink.rollback(mark));
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
