package org.dramatis.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.dramatis.model.EventType;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * When an event happened, for one document read in order. A date attached to the trigger, its clause or the verb it
 * is the object of; a relative clause's date for a noun ("a curfew the government imposed on Friday"); a clause that
 * describes a date ("until 29 August 2003, when a car bomb killed him"); an ordinal day ("on the 29th") counted in the
 * month named before it; spans before "after" and "that day" through {@link RelativeDates}; an event told "after"
 * another gives that one only its year, unless the story told it before (the same kind of event with the same actor,
 * or a definite noun pointing back: "claimed the attack"); an item of a timeline or of live updates that names no date
 * of its own, the date line it stands under ({@link DateHeadings}); for an undated event of the actor the previous
 * sentence dated to the day ("X said on Sunday ... X accused Y"), that day; else the sentence's only date or the
 * nearest within a short clause. Offsets, "the same day" and yearless months are read against the story's own time by
 * {@link StoryClock}.
 */
final class EventDates {
    /** Prepositions that make an event noun the time reference of another event. */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "following");
    /** Acts that answer an earlier event, often told undated beside it. */
    private static final Set<EventType> SPEECH_ACTS = EnumSet.of(EventType.REQUEST, EventType.THREATEN,
            EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT);

    private final DateNormalizer dates;
    private final Set<String> reactionWords;
    private final Map<Integer, String> storyYears;
    /** The date heading each sentence stands under ({@link DateHeadings}). */
    private final Map<Integer, EntityMention> headings;
    private final LocalDate documentDate;
    /** The story's running time: the dates it named, which relative dates count from. */
    private final StoryClock clock;
    /** What the document has dated so far. */
    private final EventMemory memory = new EventMemory();

    /**
     * @param toldUntil the last day the text may tell in the past: the document's date, or a later update its byline
     *                  states; null when unknown
     * @param reactionWords words that react to a deed done before the report ("condemned the raid")
     * @param storyYears    for a text that tells of a time well before its writing, the story's year at the end of
     *                      each sentence: an undated deed told in the past took place then (for one that tells of
     *                      months before, the year of writing); empty for any other text
     * @param headings      the date heading each sentence stands under ({@link DateHeadings}); empty for most texts
     */
    EventDates(DateNormalizer dates, LocalDate documentDate, LocalDate toldUntil, Set<String> reactionWords,
               Map<Integer, String> storyYears, Map<Integer, EntityMention> headings) {
        this.storyYears = storyYears;
        this.headings = headings;
        this.dates = dates;
        this.reactionWords = reactionWords;
        this.documentDate = documentDate;
        this.clock = new StoryClock(dates, documentDate, toldUntil);
    }

    /**
     * An event's date: {@code iso} is null when unknown; {@code inherited} when it comes from an earlier event rather
     * than from a date in this sentence (such an event must name someone to be worth reporting); {@code estimated} when
     * it is only the year the story was in, which no later event may take as its own ({@link #remember}).
     */
    record Dated(String iso, boolean inherited, boolean estimated) {
        Dated(String iso, boolean inherited) {
            this(iso, inherited, false);
        }

        /** The date later events may count from or take: none for an estimate. */
        String remembered() {
            return estimated ? null : iso;
        }
    }

    /**
     * The date of the event triggered at {@code i}. {@code actor} is its actor mention or -1; {@code typeAt} gives the
     * type of the event a token triggers, or null.
     */
    Dated dateOf(SentenceView v, DocContext ctx, int i, EventType type, int actor, Collection<Integer> participants,
                 IntFunction<EventType> typeAt) {
        clock.enter(v);
        String ordinal = ordinalDay(v, i);
        if (ordinal != null) {
            return new Dated(ordinal, false);
        }
        // "after the KRG held a referendum in September 2017": a date of the trigger's own beats a span counted elsewhere.
        Dated relative = v.dateOf(i) == null ? relative(v, i, typeAt) : null;
        if (relative != null) {
            return relative;
        }
        String retold = memory.retold(ctx, type, participants);
        Dated before = toldBefore(v, i, typeAt, retold);
        if (before != null) {
            return before;
        }
        EntityMention m = TriggerDates.attached(v, i);
        if (m != null) {
            return new Dated(clock.past(v, i, m, clock.normalize(m)), false);
        }
        if (RelativeDates.sameDay(v, i) && clock.lastNamedDay() != null) {
            return new Dated(clock.lastNamedDay(), false);
        }
        EntityMention heading = headings.get(v.sentence.index());
        if (heading != null && !namesDate(v)) {
            // "APRIL / US designates the Guards a terrorist group": an item under a date line happened then.
            String iso = clock.past(heading, clock.normalize(heading), true);
            if (iso != null) {
                return new Dated(iso, true);
            }
        }
        String during = duringEarlier(v, i, typeAt);
        if (during != null) {
            // "signed, on the sidelines of the visit, ...", "demanded in the demonstration": that event's day.
            return new Dated(during, true);
        }
        if (anaphoric(v, i) && !clock.named(v, i) && memory.lastOf(type) != null) {
            // "claimed the attack": the attack already reported.
            return new Dated(memory.lastOf(type), true);
        }
        EntityMention near = TriggerDates.nearest(v, i, typeAt);
        String actorDay = memory.sameActorDay(ctx, actor, v.sentence.index(), near == null);
        if (actorDay != null) {
            // The same actor's next move, told undated right after, happened that day; a date of its own sentence wins.
            return new Dated(actorDay, true);
        }
        m = near;
        String answered = m == null && SPEECH_ACTS.contains(type) ? pointedAt(v, i, typeAt) : null;
        if (answered != null) {
            // "X criticized the release and called on Y to ...": an undated reaction dated as the event it answers.
            return new Dated(answered, true);
        }
        String deed = memory.deedBefore(v.sentence.index());
        if (m == null && SPEECH_ACTS.contains(type) && !namesDate(v) && deed != null && (v.isNoun(i) || v.pos(i).equals("VBD"))
                && (reactionWords.contains(v.lemma(i)) || memory.inLastDeed(ctx, participants))) {
            // "In March a rocket salvo killed two soldiers. Washington blamed X": a reaction to a deed (a blame, a
            // condemnation, or any speech act about one of its actors) told right after it, in the simple past and in a
            // sentence naming no date of its own, came when it happened. "Has always denied" did not, nor an accusation
            // about someone else.
            return new Dated(deed, true);
        }
        if (m == null && answered == null && memory.lastOf(type) != null && !namesDate(v) && !toldAsNew(v, i)
                && memory.sentenceOf(type) >= v.sentence.index() - 1) {
            // "... ratified the results of the October 10 election. The movement had won 73 seats": an undated event
            // of the kind the previous sentence dated is that event.
            return new Dated(memory.lastOf(type), true);
        }
        String storyYear = storyYears.get(v.sentence.index());
        if (m == null && storyYear != null && pastDeed(v, i)) {
            // "Ali Laarayedh, the interior minister, took his place." in a look back at 2013: in the story's year.
            return new Dated(storyYear, true, true);
        }
        return new Dated(m == null ? null : clock.past(v, i, m, clock.normalize(m)), false);
    }

    /**
     * Whether the trigger tells a deed in the past: a noun, a verb in the simple past, or a participle without an
     * auxiliary. Looser than {@link RelativeDates#toldInPast}, which asks it of the nearest verb for a yearless date.
     */
    private static boolean pastDeed(SentenceView v, int i) {
        if (v.isNoun(i)) {
            return true;
        }
        String pos = v.pos(i);
        return pos.equals("VBD") || pos.equals("VBN") && v.first(i, "aux") < 0;
    }

    /** "the formation of a new party", "another attack": an event the text introduces as a new one. */
    private static boolean toldAsNew(SentenceView v, int i) {
        int of = v.first(i, "nmod:of");
        for (int t : new int[] {i, of}) {
            if (t >= 0 && (v.hasChildLemma(t, "amod", "new") || v.hasChildLemma(t, "det", "another")
                    || v.isNoun(t) && (v.hasChildLemma(t, "det", "a") || v.hasChildLemma(t, "det", "an")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesDate(SentenceView v) {
        return v.sentence.mentions().stream().anyMatch(em -> "DATE".equals(em.tag()));
    }

    /**
     * An event named as the time of another ("resigned in July 2016 after the Karrada bombing", "after the strike that
     * killed X, the bloc pushed for the vote of 5 January"): the sentence's date belongs to the later event. The earlier
     * one, told "after" it, is the one the story already dated when it points back ("after the attack"), else it took
     * place in that year as far as the text says; one told "before" or "since" stays undated. Null when the trigger is
     * no such event (nor a relative clause of one), or when it carries its own date ("since its formation in May").
     */
    private Dated toldBefore(SentenceView v, int i, IntFunction<EventType> typeAt, String retold) {
        int noun = i;
        if (!v.isNoun(i) && v.relationToHead(i).startsWith("acl") && v.head(i) >= 0 && v.isNoun(v.head(i))) {
            noun = v.head(i);
        }
        String prep = null;
        int governor = -1;
        for (Dependency d : v.parents(noun)) {
            // The enhanced parse also makes the noun its relative clause's subject: look at every governor.
            String p = d.relation().substring(d.relation().indexOf(':') + 1);
            if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && TEMPORAL.contains(p)) {
                prep = p;
                governor = d.governor();
            }
        }
        if (!v.isNoun(noun) || prep == null || v.dateOf(noun) != null) {
            return null;
        }
        if (retold != null) {
            // "after the strike that killed X": the killing of X the story told before.
            return new Dated(retold, true);
        }
        EventType pointed = anaphoric(v, noun) && !clock.named(v, noun) ? typeAt.apply(noun) : null;
        if (memory.lastOf(pointed) != null) {
            return new Dated(memory.lastOf(pointed), true);
        }
        if (!prep.equals("after") && !prep.equals("following")) {
            return new Dated(null, false);
        }
        EntityMention later = v.dateOf(governor);
        String iso = later == null ? null : clock.normalize(later);
        return new Dated(iso == null ? null : iso.substring(0, 4), true);
    }

    /** The date of an earlier event another word of the sentence points back at ("the release"), or null. */
    private String pointedAt(SentenceView v, int i, IntFunction<EventType> typeAt) {
        for (int t = 0; t < v.size(); t++) {
            EventType type = t != i && v.isNoun(t) && anaphoric(v, t) ? typeAt.apply(t) : null;
            if (memory.lastOf(type) != null) {
                return memory.lastOf(type);
            }
        }
        return null;
    }

    /** Reads a sentence's dates into the story's running time, after its events. */
    void read(SentenceView v) {
        clock.read(v);
    }

    /**
     * A date counted by a span before "after" or "before": from the earlier event the phrase names ("a week after the
     * raid, X flew ..."), or, for a verb inside the phrase, back from the date named before the span ("released on
     * Sunday, a day after police detained her"). Null when the sentence has no such span or the trigger is the
     * reference itself.
     */
    private Dated relative(SentenceView v, int i, IntFunction<EventType> typeAt) {
        RelativeDates.Offset off = RelativeDates.offset(v);
        if (off == null) {
            return null;
        }
        int ref = off.pivot() + 1;
        while (ref < v.size() && (v.lower(ref).equals("the") || v.lower(ref).equals("this"))) {
            ref++;
        }
        EventType refType = ref < v.size() && v.isNoun(ref) ? typeAt.apply(ref) : null;
        if (memory.lastOf(refType) != null) {
            return i == ref ? null : new Dated(off.from(memory.lastOf(refType), true), true);
        }
        if (i > off.pivot() && v.isVerb(i)) {
            // The date counted from is read as any other: a yearless one after the article is a year earlier when the
            // verb it dates is told in the past ("adopted on Jan. 5, two days after a strike killed him", in August),
            // or when the sentence tells nothing but the past ("a resolution adopted on Jan. 5, two days after ...").
            EntityMention named = RelativeDates.dateBefore(v, off.span().tokenBegin(), dates, documentDate);
            String from = named == null ? null : clock.past(named, dates.normalizeMention(named, documentDate),
                    RelativeDates.toldInPast(v, named.tokenEnd() - 1) || RelativeDates.toldInPastOnly(v));
            String iso = off.from(from, false);
            return iso == null ? null : new Dated(iso, false);
        }
        return null;
    }

    /** The date of an earlier event the trigger's clause places itself in or beside ("on the sidelines of the visit"), or null. */
    private String duringEarlier(SentenceView v, int i, IntFunction<EventType> typeAt) {
        for (Dependency d : v.children(i)) {
            String rel = d.relation();
            if (!rel.startsWith("obl:") || TEMPORAL.contains(rel.substring(4))) {
                continue;
            }
            int noun = d.dependent();
            int of = v.first(noun, "nmod:of");
            for (int t : new int[] {noun, of}) {
                EventType type = t >= 0 && v.isNoun(t) && anaphoric(v, t) ? typeAt.apply(t) : null;
                if (memory.lastOf(type) != null) {
                    return memory.lastOf(type);
                }
            }
        }
        return null;
    }

    /** Whether the event noun at {@code i} points back at an event of its type the document already dated ("the release"). */
    boolean pointsBack(SentenceView v, int i, EventType type) {
        return anaphoric(v, i) && memory.lastOf(type) != null;
    }

    /** Records a dated event so later ones can count from it. */
    void remember(SentenceView v, DocContext ctx, EventType type, int actor, Collection<Integer> participants,
                  String date) {
        if (date == null) {
            return;
        }
        clock.eventDated(v, date);
        memory.remember(v, ctx, type, actor, participants, date, SPEECH_ACTS.contains(type));
    }

    /**
     * A definite event noun that points back ("the attack", "this raid", "the arrest of Y") rather than introducing a
     * new event through an indefinite complement ("the formation of a coalition").
     */
    private static boolean anaphoric(SentenceView v, int i) {
        if (!v.isNoun(i) || !(v.hasChildLemma(i, "det", "the") || v.hasChildLemma(i, "det", "this"))) {
            return false;
        }
        for (int of : v.dependents(i, "nmod:of")) {
            if (v.hasChildLemma(of, "det", "a") || v.hasChildLemma(of, "det", "an")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "on the 29th (of the same month)": an ordinal day inside the month the sentence names before it ("the arrest in
     * June ... released on the 29th"), else inside the month of the previous event.
     */
    private String ordinalDay(SentenceView v, int i) {
        for (Dependency d : v.children(i)) {
            int t = d.dependent();
            if (d.relation().startsWith("obl") && "ORDINAL".equals(v.tokens.get(t).ner())) {
                String digits = v.tokens.get(t).word().replaceAll("\\D", "");
                String month = monthBefore(v, t);
                month = month != null ? month : clock.lastDate();
                if (!digits.isEmpty() && month != null) {
                    return dates.dayInMonthOf(month, Integer.parseInt(digits));
                }
            }
        }
        return null;
    }

    /** The last month-precise date the sentence names before token {@code t}, or null. */
    private String monthBefore(SentenceView v, int t) {
        String month = null;
        for (EntityMention em : v.sentence.mentions()) {
            String iso = "DATE".equals(em.tag()) && em.tokenEnd() <= t ? dates.normalize(em.normalized(), documentDate) : null;
            if (iso != null && iso.length() == 7) {
                month = iso;
            }
        }
        return month;
    }
}
