package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * Events from trigger words in {@code events.tsv}: participants from the trigger's subject (actor), object, passive
 * subject or "of" complement (target) and other actor mentions in its phrase; place from an in/at location; date from
 * a date attached to the trigger, its governing verb or conjunct, or the sentence's only date. An event needs at least
 * one participant.
 */
final class EventRules {
    private static final Set<String> UNDERGO = Set.of("escape", "survive", "suffer", "face", "undergo", "witness");

    /** How many tokens from its trigger a date may stand when the parse does not attach it. */
    private static final int NEAR_DATE = 8;

    private final Lexicons lex;
    private final DateNormalizer dates;

    EventRules(Lexicons lex, DateNormalizer dates) {
        this.lex = lex;
        this.dates = dates;
    }

    void apply(SentenceView v, DocContext ctx, LocalDate documentDate, RelationRules relations, List<EventClaim> out) {
        for (int i = 0; i < v.size(); i++) {
            Lexicons.EventTrigger trig = lex.event(v.lemma(i));
            if (trig == null || v.mentionAt[i] >= 0) {
                continue;
            }
            boolean verb = v.isVerb(i);
            if (verb ? !trig.verb() : !(v.isNoun(i) && trig.noun())) {
                continue;
            }
            if (verb && (v.relationToHead(i).equals("amod") || v.lower(i - 1 >= 0 ? i - 1 : i).equals("the"))) {
                // "the released members", "the arrested men": a participle describing people, not a new event.
                continue;
            }
            Map<Integer, String> parts = new LinkedHashMap<>();
            if (verb) {
                boolean passive = v.first(i, "nsubj:pass") >= 0;
                put(parts, passive ? ctx.actorOf(v, v.first(i, "obl:by", "obl:agent")) : relations.subjectOf(v, ctx, i), "actor");
                int target = passive ? v.first(i, "nsubj:pass") : v.first(i, "obj");
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
                int noun = v.governor(i, "compound");
                int gov = v.governor(noun >= 0 ? noun : i, "obj");
                if (gov < 0 && v.relationToHead(i).startsWith("obl")) {
                    // "arrived in an official visit", "returned from talks": the verb's subject takes part.
                    gov = v.head(i);
                }
                if (gov >= 0 && v.isVerb(gov)) {
                    put(parts, relations.subjectOf(v, ctx, gov), UNDERGO.contains(v.lemma(gov)) ? "target" : "actor");
                }
            }
            String place = null;
            for (int t : v.phrase(i, true)) {
                int m = v.mentionAt[t];
                if (m < 0) {
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
            String date = dateFor(v, ctx, i, documentDate);
            if (trig.type() == org.dramatis.model.EventType.RELEASE && !parts.containsValue("target") && ctx.lastDetained != null) {
                // "the detainees were released on the 29th": those freed are the ones the last arrest took.
                ctx.lastDetained.forEach((m, role) -> {
                    if (role.equals("target")) {
                        put(parts, m, "target");
                    }
                });
            }
            if (parts.isEmpty() && (date == null || date.length() < 10)) {
                continue;
            }
            if (trig.type() == org.dramatis.model.EventType.COERCE && parts.containsValue("target")) {
                ctx.lastDetained = new LinkedHashMap<>(parts);
            }
            if (date != null) {
                ctx.lastEventDate = date;
            }
            Modality modality = Modalities.of(v, i);
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

    private String dateFor(SentenceView v, DocContext ctx, int i, LocalDate documentDate) {
        EntityMention m = v.dateOf(i);
        if (m == null) {
            int noun = v.governor(i, "compound");
            int gov = v.governor(noun >= 0 ? noun : i, "obj", "nsubj", "nsubj:pass");
            m = v.dateOf(gov);
        }
        if (m == null) {
            for (Dependency d : v.parents(i)) {
                if ((d.relation().startsWith("conj") || d.relation().equals("dep")) && d.governor() >= 0 && m == null) {
                    m = v.dateOf(d.governor());
                }
            }
        }
        // "on the 29th (of the same month)": an ordinal day inside the month of the previous event.
        for (Dependency d : v.children(i)) {
            int t = d.dependent();
            if (d.relation().startsWith("obl") && "ORDINAL".equals(v.tokens.get(t).ner()) && ctx.lastEventDate != null) {
                String digits = v.tokens.get(t).word().replaceAll("\\D", "");
                if (!digits.isEmpty()) {
                    return dates.dayInMonthOf(ctx.lastEventDate, Integer.parseInt(digits));
                }
            }
        }
        if (m == null) {
            // No date hangs on the trigger: take the sentence's only date, or the nearest one within a short clause.
            EntityMention nearest = null;
            int best = Integer.MAX_VALUE;
            int count = 0;
            for (EntityMention em : v.sentence.mentions()) {
                if ("DATE".equals(em.tag()) && em.normalized() != null && !em.normalized().contains("REF")) {
                    int distance = em.tokenBegin() > i ? em.tokenBegin() - i : i - em.tokenEnd() + 1;
                    count++;
                    if (distance < best) {
                        best = distance;
                        nearest = em;
                    }
                }
            }
            m = count == 1 || best <= NEAR_DATE ? nearest : null;
        }
        return m == null ? null : dates.normalize(m.normalized(), documentDate);
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
