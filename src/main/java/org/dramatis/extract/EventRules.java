package org.dramatis.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/**
 * Events from trigger words in {@code events.tsv}: participants from the trigger's subject (actor), object, passive
 * subject or "of" complement (target) and other actor mentions in its phrase; place from an in/at location; date from
 * a date attached to the trigger, its governing verb or conjunct, or the sentence's only date. An event needs at least
 * one participant.
 */
final class EventRules {
    private static final Set<String> UNDERGO = Set.of("escape", "survive", "suffer", "face", "undergo", "witness");
    /** Prepositions that only place a verb in time relative to an event. */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "till", "following", "during");
    /** Determiners that make an event noun generic ("condemned any attack"). */
    private static final Set<String> GENERIC = Set.of("any", "every", "each");

    private final Lexicons lex;
    private final RelationRules relations;

    EventRules(Lexicons lex, RelationRules relations) {
        this.lex = lex;
        this.relations = relations;
    }

    void apply(SentenceView v, DocContext ctx, EventDates dates, List<EventClaim> out) {
        for (int i = 0; i < v.size(); i++) {
            Lexicons.EventTrigger trig = lex.event(v.lemma(i));
            if (trig == null || v.mentionAt[i] >= 0) {
                continue;
            }
            boolean verb = v.isVerb(i);
            if (verb ? !trig.verb() : !(v.isNoun(i) && trig.noun())) {
                continue;
            }
            if (!verb && v.childrenWithPrefix(i, "det").stream().anyMatch(d -> GENERIC.contains(v.lemma(d.dependent())))) {
                continue;
            }
            int governing = v.governor(i, "obj");
            if (!verb && !trig.objectOf().isEmpty() && (governing < 0 || !trig.objectOf().contains(v.lemma(governing)))) {
                continue;
            }
            if (verb && (v.relationToHead(i).equals("amod") || v.lower(i - 1 >= 0 ? i - 1 : i).equals("the"))) {
                // "the released members", "the arrested men": a participle describing people, not a new event.
                continue;
            }
            Map<Integer, String> parts = new LinkedHashMap<>();
            if (verb) {
                // A passive subject with an object is the parser sharing a conjunct's subject ("X said the results were
                // fabricated and accused the commission"): the verb itself is active.
                int obj = v.first(i, "obj");
                boolean passive = v.first(i, "nsubj:pass") >= 0 && (v.first(i, "aux:pass") >= 0 || obj < 0);
                put(parts, passive ? ctx.actorOf(v, v.first(i, "obl:by", "obl:agent")) : relations.subjectOf(v, ctx, i), "actor");
                int target = passive ? v.first(i, "nsubj:pass") : obj;
                put(parts, targetOf(v, ctx, target), "target");
                int aux = v.first(i, "aux:pass");
                if (!passive && aux > 0 && target < 0) {
                    // "... members of Y were arrested" parsed without a passive subject: the name just before the auxiliary.
                    int m = v.mentionAt[aux - 1];
                    if (m >= 0 && ctx.mentions.get(m).type != ActorType.LOCATION) {
                        put(parts, m, "target");
                    }
                }
            } else {
                put(parts, ctx.actorOf(v, v.first(i, "nmod:by", "nmod:poss")), "actor");
                put(parts, ctx.actorOf(v, v.first(i, "nmod:of", "nmod:on", "nmod:against")), "target");
                for (int r : relativeClauses(v, i)) {
                    // "a curfew that the government of X had imposed": who imposed it.
                    int subject = v.first(r, "nsubj");
                    int a = ctx.actorOf(v, subject);
                    put(parts, a >= 0 ? a : relations.holderOf(v, ctx, ctx.sink, subject), "actor");
                }
                int gov = governingVerb(v, i);
                if (gov >= 0 && !commentsOn(gov, v)) {
                    put(parts, relations.subjectOf(v, ctx, gov), UNDERGO.contains(v.lemma(gov)) ? "target" : "actor");
                    for (int with : v.dependents(gov, "obl:with")) {
                        // "held a summit with X", "had talks with X"
                        put(parts, ctx.actorOf(v, with), "other");
                    }
                }
            }
            String place = null;
            java.util.Set<Integer> sources = new java.util.HashSet<>();
            for (org.dramatis.nlp.Dependency d : v.children(i)) {
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
                if (place == null && type != ActorType.PERSON && type != ActorType.ORGANIZATION
                        && (rel.endsWith(":in") || rel.endsWith(":at")) && ctx.mentions.get(m).countryName == null) {
                    place = ctx.mentions.get(m).text;
                } else if (!(t == i)) {
                    put(parts, m, "other");
                }
            }
            int actor = parts.entrySet().stream().filter(e -> e.getValue().equals("actor")).mapToInt(Map.Entry::getKey)
                    .findFirst().orElse(-1);
            EventDates.Dated dated = dates.dateOf(v, ctx, i, trig.type(), actor);
            String date = dated.iso();
            if (trig.type() == org.dramatis.model.EventType.RELEASE && !parts.containsValue("target") && ctx.lastDetained != null) {
                // "the detainees were released on the 29th": those freed are the ones the last arrest took.
                ctx.lastDetained.forEach((m, role) -> {
                    if (role.equals("target")) {
                        put(parts, m, "target");
                    }
                });
            }
            if (parts.isEmpty() && (date == null || date.length() < 10 || dated.inherited())) {
                continue;
            }
            if (trig.type() == org.dramatis.model.EventType.COERCE && parts.containsValue("target")) {
                ctx.lastDetained = new LinkedHashMap<>(parts);
            }
            dates.remember(v, ctx, trig.type(), actor, date);
            Modality modality = Modalities.of(v, i);
            if (modality == Modality.ASSERTED && unrealized(v, i, verb)) {
                modality = Modality.HYPOTHETICAL;
            }
            List<EventClaim.Participant> participants = new ArrayList<>();
            java.util.Set<Integer> named = new java.util.HashSet<>();
            parts.forEach((m, role) -> {
                if (named.add(ctx.canonical(m))) {
                    participants.add(new EventClaim.Participant(ctx.canonical(m), role));
                }
            });
            out.add(new EventClaim(trig.type(), trig.mode().isEmpty() ? null : trig.mode(), date, place, participants,
                    summary(ctx, parts, v.tokens.get(i).word(), date, place), modality, v.sentence.index(), v.tokens.get(i).word()));
        }
    }

    /**
     * Whether a verb takes a stance on the event it governs ("welcomed the arrest", "condemned the attack"): its
     * subject comments on the event and takes no part in it.
     */
    private boolean commentsOn(int verb, SentenceView v) {
        return lex.relations(v.lemma(verb)).stream().anyMatch(t -> t.objectLemma() == null && t.preposition() == null
                && (t.kinds().contains(FactKind.SUPPORTS) || t.kinds().contains(FactKind.OPPOSES)));
    }

    /**
     * An event in an infinitive is one asked for, planned or threatened, not one that happened: "gave the government 48
     * hours to free the detainees", "ordered the ministries to form a committee", "asked them to stop the attacks".
     */
    private static boolean unrealized(SentenceView v, int i, boolean verb) {
        int clause = verb ? i : v.governor(i, "obj");
        return clause >= 0 && v.isVerb(clause) && v.hasChildLemma(clause, "mark", "to");
    }

    /**
     * Relative clauses whose object is the noun ("the raid that X carried out"), also when the parser took "that"
     * for a complementizer ("a curfew that the government had imposed" as a clausal complement of "curfew").
     */
    static List<Integer> relativeClauses(SentenceView v, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int r : v.dependents(noun, "acl:relcl")) {
            if (v.first(r, "obj") == noun || v.first(r, "nsubj:pass") == noun) {
                out.add(r);
            }
        }
        for (int r : v.dependents(noun, "ccomp")) {
            int mark = v.first(r, "mark");
            if (mark >= 0 && v.lower(mark).equals("that") && mark == noun + 1 && v.first(r, "nsubj") >= 0) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The verb a noun trigger is the object or oblique of ("held a summit", "arrived in an official visit", "won seats
     * in the election"), or -1.
     */
    private static int governingVerb(SentenceView v, int i) {
        int noun = v.governor(i, "compound");
        int gov = v.governor(noun >= 0 ? noun : i, "obj");
        String rel = v.relationToHead(i);
        if (gov < 0 && rel.startsWith("obl") && !TEMPORAL.contains(rel.substring(rel.indexOf(':') + 1))) {
            // "after the elections" dates the verb; its subject took no part in them.
            gov = v.head(i);
        }
        if (gov < 0 && v.relationToHead(i).startsWith("nmod") && v.head(i) >= 0) {
            // "won 68 seats in the election": through the noun to the verb it is the object of.
            int h = v.head(i);
            gov = v.relationToHead(h).startsWith("obj") ? v.head(h) : -1;
        }
        return gov >= 0 && v.isVerb(gov) ? gov : -1;
    }

    /** The target actor: the object itself, or the first actor named inside it ("the headquarters of Y", "members of Y"). */
    private static int targetOf(SentenceView v, DocContext ctx, int token) {
        if (token < 0) {
            return -1;
        }
        int a = ctx.actorOf(v, token);
        if (a >= 0) {
            return a;
        }
        List<Integer> phrase = v.phrase(token, true);
        java.util.Collections.sort(phrase);
        for (int t : phrase) {
            int m = v.mentionAt[t];
            if (m >= 0 && ctx.mentions.get(m).type != ActorType.LOCATION) {
                return m;
            }
        }
        return -1;
    }

    private static void put(Map<Integer, String> parts, int mention, String role) {
        if (mention >= 0) {
            parts.putIfAbsent(mention, role);
        }
    }

    private static String summary(DocContext ctx, Map<Integer, String> parts, String trigger, String date, String place) {
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
