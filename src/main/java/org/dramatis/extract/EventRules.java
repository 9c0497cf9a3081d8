package org.dramatis.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.Dependency;

/**
 * Events from trigger words in {@code events.tsv} (found by {@link EventTriggers}, two-word phrasings included):
 * participants from the trigger's subject (actor), object, passive subject or "of" complement (target) and other actor
 * mentions in its phrase, with the harder cases read by {@link EventParticipants}; place from an in/at location (to, for
 * a visit); date from {@link EventDates}. An event needs at least one participant. One event is told once: a noun or a
 * complement restating its verb's event ("flew in for talks", "assigned X with forming the government") and a definite
 * noun pointing back at an event told before ("hailed the raid") add none. "X asked Y to form a government" appoints Y.
 */
final class EventRules implements ExtractionRule {
    /**
     * Verbs whose subject does an event already reported ("claimed the attack", "carried out the raid"); the subject of
     * any other verb over such an event only speaks of it ("considered the release a victory").
     */
    /** Stances one speaker may tell in two conjoined verbs that are still one act. */
    private static final Set<EventType> STANCES = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.SUPPORT);
    /** Determiners that make an event noun generic ("condemned any attack"). */
    private static final Set<String> GENERIC = Set.of("any", "every", "each");

    /** Modes whose verb's subject is the one who takes the post ("took office", "was sworn in", "formed a government"). */
    private static final String ACCESSION = "accession";

    private final EventWords events;
    private final RelationWords relations;
    private final TitleWords titles;
    private final EventTriggers triggers;

    EventRules(EventWords events, RelationWords relations, TitleWords titles) {
        this.events = events;
        this.relations = relations;
        this.titles = titles;
        this.triggers = new EventTriggers(events, titles);
    }

    private static final RuleSpec SPEC = new RuleSpec("events",
            "events from the trigger words of events.tsv, with their participants, place, date and modality",
            Set.of("mentions", "references", "dates", "posts"), Set.of("events"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        for (int i = 0; i < v.size(); i++) {
            Lexicons.EventTrigger trig = v.mentionAt[i] >= 0 ? null : triggers.at(v, ctx, i);
            if (trig != null) {
                event(v, ctx, out, i, trig);
            }
        }
    }

    /** The event rules in run order: the events, then the story clock reading the sentence for the events after it. */
    static List<ExtractionRule> rules(EventWords events, RelationWords relations, TitleWords titles) {
        return List.of(new EventRules(events, relations, titles), new StoryClockRule());
    }

    /**
     * After a sentence's events are dated, the last day it names is noted, for an event told later on "that day"
     * ({@link StoryClock}).
     */
    private record StoryClockRule(RuleSpec spec) implements ExtractionRule {
        StoryClockRule() {
            this(new RuleSpec("story-clock", "the last day a sentence names, for an event told later on \"that day\"",
                    Set.of("dates", "events"), Set.of("story-clock")));
        }

        @Override
        public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
            out.eventDates.read(v);
        }
    }

    /** The event trigger {@code i} reports, if it reports a new one with someone taking part or a date. */
    private void event(SentenceView v, DocContext ctx, RuleOutput out, int i, Lexicons.EventTrigger trig) {
        EventDates dates = out.eventDates;
        // "seven of the men are already free": a predicate adjective reads as its verb in the passive.
        boolean predicate = trig.verb() && v.pos(i).startsWith("JJ") && v.first(i, "cop") >= 0 && EventParticipants.people(v, ctx, v.first(i, "nsubj"));
        boolean verb = v.isVerb(i) || predicate;
        if (verb ? !trig.verb() : !(v.isNoun(i) && trig.noun())) {
            return;
        }
        if (!verb && v.childrenWithPrefix(i, "det").stream().anyMatch(d -> GENERIC.contains(v.lemma(d.dependent())))) {
            return;
        }
        int governing = v.governor(i, "obj");
        if (!verb && !trig.objectOf().isEmpty() && (governing < 0 || !trig.objectOf().contains(v.lemma(governing)))) {
            return;
        }
        if (verb && (v.relationToHead(i).equals("amod") || v.lower(i - 1 >= 0 ? i - 1 : i).equals("the"))) {
            // "the released members", "the arrested men": a participle describing people, not a new event.
            return;
        }
        Map<Integer, String> parts = new LinkedHashMap<>();
        if (verb && (sameAsGoverning(v, ctx, i, trig) || toldByNoun(v, ctx, i, trig))) {
            return;
        }
        if (verb) {
            verbParticipants(v, ctx, i, trig, predicate, parts);
        } else if (!nounParticipants(v, ctx, dates, i, trig, parts)) {
            return;
        }
        String place = placeAndOthers(v, ctx, i, trig, parts);
        int actor = parts.entrySet().stream().filter(e -> e.getValue().equals("actor")).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
        EventDates.Dated dated = dates.dateOf(v, ctx, i, trig.type(), actor, parts.keySet(), t -> {
            Lexicons.EventTrigger e = triggers.at(v, ctx, t);
            return e == null ? null : e.type();
        });
        String date = dated.iso();
        Map<Integer, String> detained = out.lastDetained();
        if (trig.type() == EventType.RETREAT && "release".equals(trig.mode()) && !parts.containsValue("target") && detained != null) {
            // "the detainees were released on the 29th": those freed are the ones the last arrest took.
            detained.forEach((m, role) -> {
                if (role.equals("target")) {
                    put(parts, m, "target");
                }
            });
        }
        if (parts.isEmpty() && (date == null || date.length() < 10 || dated.inherited())) {
            return;
        }
        if (!verb && !parts.containsValue("actor") && !parts.containsValue("target") && dates.pointsBack(v, i, trig.type())) {
            // "hailed the raid on Monday", "criticized the release": an event told before, not a new one.
            return;
        }
        if (trig.type() == EventType.COERCE && parts.containsValue("target")) {
            out.detained(parts);
        }
        dates.remember(v, ctx, trig.type(), actor, parts.keySet(), dated.remembered());
        Modality modality = Modalities.of(v, ctx, i);
        if (modality == Modality.ASSERTED && requester(v, i, trig) < 0 && unrealized(v, ctx, i, verb)) {
            modality = Modality.HYPOTHETICAL;
        }
        out.add(new EventClaim(trig.type(), trig.mode().isEmpty() ? null : trig.mode(), date, place, participants(ctx, parts),
                summary(v, ctx, parts, i, date, place), modality, v.sentence.index(), v.tokens.get(i).word()));
    }

    /** The participants of a verb trigger: its subject or agent, its object or passive subject, and a few parse slips. */
    private void verbParticipants(SentenceView v, DocContext ctx, int i, Lexicons.EventTrigger trig, boolean predicate,
                                  Map<Integer, String> parts) {
        // A passive subject with an object is the parser sharing a conjunct's subject ("X said the results were
        // fabricated and accused the commission"): the verb itself is active.
        int obj = v.first(i, "obj");
        boolean passive = predicate
                || v.first(i, "nsubj:pass") >= 0 && (v.first(i, "aux:pass") >= 0 || obj < 0);
        int asker = requester(v, i, trig);
        if (asker >= 0) {
            // "X asked Y to form a government": X appoints Y.
            put(parts, Syntax.subjectOf(v, ctx, asker), "actor");
        }
        int subject = passive ? ctx.actorOf(v, v.first(i, "obl:by", "obl:agent")) : EventParticipants.lostSubject(v, ctx, i);
        int first = passive || subject >= 0 ? -1 : EventParticipants.verbFirstSubject(v, ctx, i);
        if (first >= 0) {
            // "And condemned the President, X, the attack": the named object is the subject.
            subject = first;
            obj = EventParticipants.verbFirstObject(v, i);
        }
        subject = subject >= 0 || passive ? subject : Syntax.subjectOf(v, ctx, i);
        put(parts, subject >= 0 ? subject : EventParticipants.membersOf(v, ctx, v.first(i, "nsubj")),
                trig.mode().equals(ACCESSION) ? "target" : "actor");
        int target = passive ? v.first(i, predicate ? "nsubj" : "nsubj:pass") : obj;
        // The object of an accession is what the subject took, or whom it replaced ("X replaced Y as deputy"): no
        // appointee, another party.
        put(parts, EventParticipants.targetOf(v, ctx, target), trig.mode().equals(ACCESSION) && !passive ? "other" : "target");
        if (v.relationToHead(i).equals("acl") && obj < 0) {
            // "a coalition formed in 2015", "the umbrella of militias created in 2016": the noun described.
            put(parts, EventParticipants.namedNoun(v, ctx, v.head(i)), "target");
        }
        int aux = v.first(i, "aux:pass");
        if (!passive && aux > 0 && target < 0) {
            // "... members of Y were arrested" parsed without a passive subject: the name just before the auxiliary.
            int m = v.mentionAt[aux - 1];
            if (m >= 0 && ctx.mentions.get(m).type != ActorType.LOCATION) {
                put(parts, m, "target");
            }
        }
    }

    /**
     * The participants of a noun trigger: its by/of phrases, who did it, and the subject of the verb it is the object
     * of; false when that verb reports the same event, so that the noun adds none.
     */
    private boolean nounParticipants(SentenceView v, DocContext ctx, EventDates dates, int i, Lexicons.EventTrigger trig,
                                     Map<Integer, String> parts) {
        put(parts, ctx.actorOf(v, v.first(i, "nmod:by", "nmod:poss")), "actor");
        put(parts, ctx.actorOf(v, v.first(i, "nmod:of", "nmod:on", "nmod:against")), "target");
        put(parts, EventParticipants.doneBy(v, ctx, i), "actor");
        for (int r : Syntax.relativeClauses(v, i)) {
            // "a curfew that the government of X had imposed": who imposed it.
            int subject = v.first(r, "nsubj");
            int a = ctx.actorOf(v, subject);
            put(parts, a >= 0 ? a : Syntax.holderOf(v, ctx, subject), "actor");
        }
        int gov = Syntax.governingVerb(v, i);
        Lexicons.EventTrigger verbal = gov >= 0 ? triggers.at(v, ctx, gov) : null;
        if (verbal != null && verbal.type() == trig.type()
                && (verbal.mode().equals(trig.mode()) || trig.type() == EventType.CONSULT) && !toldByNoun(v, ctx, gov, verbal)) {
            // "signed an agreement", "flew to X for talks": the verb reports this same event (a visit's talks
            // are the visit); "arrested in the raid" is two.
            return false;
        }
        if (gov >= 0 && !commentsOn(gov, v, ctx) && !(dates.pointsBack(v, i, trig.type()) && !events.agentiveVerbs().contains(v.lemma(gov))
                && !trig.objectOf().contains(v.lemma(gov)))) {
            int subject = Syntax.subjectOf(v, ctx, gov);
            put(parts, subject >= 0 ? subject : EventParticipants.membersOf(v, ctx, v.first(gov, "nsubj")),
                    events.undergoVerbs().contains(v.lemma(gov)) ? "target" : "actor");
            for (int with : v.dependents(gov, "obl:with")) {
                // "held a summit with X", "had talks with X"
                put(parts, ctx.actorOf(v, with), "other");
            }
            if (v.relationToHead(i).startsWith("obl")) {
                // "linked X to the strike", "invited X to the talks": whom the verb ties to the event.
                put(parts, ctx.actorOf(v, v.first(gov, "obj")), "other");
            }
        }
        return true;
    }

    /** The place in the trigger's phrase, and the other actors named there ("other"); sources of the report take no part. */
    private String placeAndOthers(SentenceView v, DocContext ctx, int i, Lexicons.EventTrigger trig, Map<Integer, String> parts) {
        String place = null;
        java.util.Set<Integer> sources = new java.util.HashSet<>();
        for (Dependency d : v.children(i)) {
            if (d.relation().contains("according")) {
                // "according to the interior ministry": the source of the report takes no part.
                sources.addAll(v.phrase(d.dependent(), true));
            }
        }
        for (int t : v.phrase(i, true)) {
            if (sources.contains(t)) {
                continue;
            }
            int m = v.mentionAt[t];
            if (m < 0) {
                // "protested outside the commission's offices": a body named earlier by its head noun.
                put(parts, t == i ? -1 : ctx.headNounAntecedent(v, t), "other");
                continue;
            }
            ActorType type = ctx.mentions.get(m).type;
            String rel = v.relationToHead(t);
            boolean where = rel.endsWith(":in") || rel.endsWith(":at") || trig.mode().equals("visit") && rel.endsWith(":to");
            if (place == null && type != ActorType.PERSON && type != ActorType.ORGANIZATION && where
                    && ctx.mentions.get(m).countryName == null) {
                place = ctx.mentions.get(m).text;
            } else if (!(t == i)) {
                put(parts, m, "other");
            }
        }
        return place;
    }

    /** Each participant once, by its canonical mention. */
    private static List<EventClaim.Participant> participants(DocContext ctx, Map<Integer, String> parts) {
        List<EventClaim.Participant> participants = new ArrayList<>();
        java.util.Set<Integer> named = new java.util.HashSet<>();
        parts.forEach((m, role) -> {
            if (named.add(ctx.canonical(m))) {
                participants.add(new EventClaim.Participant(ctx.canonical(m), role));
            }
        });
        return participants;
    }

    /**
     * Whether a verb takes a stance on the event it governs ("welcomed the arrest", "condemned the attack"): its
     * subject comments on the event and takes no part in it.
     */
    private boolean commentsOn(int verb, SentenceView v, DocContext ctx) {
        Lexicons.EventTrigger stance = triggers.at(v, ctx, verb);
        if (stance != null && (stance.type() == EventType.SUPPORT || stance.type() == EventType.ACCUSE)) {
            // "hailed the raid", "blamed the attack on X": the hailing is its own event.
            return true;
        }
        return relations.relations(v.lemma(verb)).stream().anyMatch(t -> t.objectLemma() == null && t.preposition() == null
                && (t.kinds().contains(FactKind.SUPPORTS) || t.kinds().contains(FactKind.OPPOSES)));
    }

    /**
     * An event in an infinitive is one asked for, planned or threatened, not one that happened: "gave the government 48
     * hours to free the detainees", "ordered the ministries to form a committee", "asked them to stop the attacks"; so
     * is an event noun a request is about ("demanded the release of the men", "called for talks").
     */
    private boolean unrealized(SentenceView v, DocContext ctx, int i, boolean verb) {
        int clause = verb ? i : v.governor(i, "obj");
        if (clause >= 0 && v.isVerb(clause) && v.hasChildLemma(clause, "mark", "to")) {
            return true;
        }
        int gov = verb ? -1 : Syntax.governingVerb(v, i);
        Lexicons.EventTrigger asked = gov >= 0 ? triggers.at(v, ctx, gov) : null;
        return asked != null && asked.type() == EventType.REQUEST;
    }

    /**
     * Whether a verb only details the event of the clause it complements ("assigned X with forming the government" is
     * one appointment) or repeats a stance its conjunct took.
     */
    private boolean sameAsGoverning(SentenceView v, DocContext ctx, int i, Lexicons.EventTrigger trig) {
        String rel = v.relationToHead(i);
        int head = v.head(i);
        Lexicons.EventTrigger governing = head >= 0 && (rel.startsWith("advcl") || rel.equals("xcomp")) ? triggers.at(v, ctx, head) : null;
        if (governing == null && rel.startsWith("conj") && STANCES.contains(trig.type())) {
            // "condemned the arrest and accused X of ...": one stance, told in two verbs.
            governing = triggers.at(v, ctx, head);
        }
        return governing != null && governing.type() == trig.type();
    }


    /**
     * Whether a verb's oblique names the same event by a noun that tells it better ("won 73 seats in the election": the
     * election, with its date and body, is the event; the winning is its result). A verb with a mode of its own tells its
     * kind ("flew in for talks" is a visit).
     */
    private boolean toldByNoun(SentenceView v, DocContext ctx, int i, Lexicons.EventTrigger trig) {
        if (!trig.mode().isEmpty()) {
            return false;
        }
        int obj = v.first(i, "obj");
        for (int head : new int[] {i, obj}) {
            for (Dependency d : head < 0 ? List.<Dependency>of() : v.children(head)) {
                Lexicons.EventTrigger noun = d.relation().startsWith("obl") || d.relation().startsWith("nmod")
                        ? triggers.at(v, ctx, d.dependent()) : null;
                if (noun != null && noun.noun() && v.isNoun(d.dependent()) && noun.type() == trig.type()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For an appointment in an infinitive under a request ("X asked Y to form a government"), the request verb; else -1. */
    private int requester(SentenceView v, int i, Lexicons.EventTrigger trig) {
        int gov = v.governor(i, "xcomp");
        Lexicons.EventTrigger asked = gov >= 0 ? events.event(v.lemma(gov)) : null;
        return trig.type() == EventType.APPOINTMENT && asked != null && asked.type() == EventType.REQUEST ? gov : -1;
    }





    private static void put(Map<Integer, String> parts, int mention, String role) {
        if (mention >= 0) {
            parts.putIfAbsent(mention, role);
        }
    }

    /** The clause that tells the event (ClauseSummary), else the actor, trigger word and other participants in a row. */
    private static String summary(SentenceView v, DocContext ctx, Map<Integer, String> parts, int i, String date, String place) {
        ClauseSummary.Actor actor = ClauseSummary.actorOf(parts, m -> {
            MentionFinder.Draft d = ctx.mentions.get(m);
            return new ClauseSummary.Actor(d.text, d.begin, d.end);
        });
        String clause = ClauseSummary.of(v.sentence, i, actor);
        return clause != null ? clause : listSummary(ctx, parts, v.tokens.get(i).word(), date, place);
    }

    private static String listSummary(DocContext ctx, Map<Integer, String> parts, String trigger, String date, String place) {
        StringBuilder sb = new StringBuilder();
        parts.forEach((m, r) -> {
            if (r.equals("actor")) {
                sb.append(ctx.mentions.get(m).text).append(' ');
            }
        });
        sb.append(trigger);
        parts.forEach((m, r) -> {
            if (!r.equals("actor")) {
                sb.append(' ').append(ctx.mentions.get(m).text);
            }
        });
        if (date != null || place != null) {
            sb.append(" (").append(date == null ? "" : date).append(date != null && place != null ? ", " : "")
                    .append(place == null ? "" : place).append(')');
        }
        return sb.toString();
    }
}
