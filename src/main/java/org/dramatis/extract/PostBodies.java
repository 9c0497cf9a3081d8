package org.dramatis.extract;

import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.Dependency;

/**
 * Where a post belongs when its sentence does not say it in the title's own phrase: a body named right after the
 * title, a country qualifying a description, the state a traveller went to, the document's legislature.
 */
final class PostBodies {

    private final BodyWords bodies;
    private final PlaceWords places;

    PostBodies(BodyWords bodies, PlaceWords places) {
        this.bodies = bodies;
        this.places = places;
    }

    /**
     * Whether a body is an institution of posts rather than one of members: its name holds an institution's head noun
     * ({@code institution-heads.txt}: ministry, council, court, bank) or a noun a country owns ({@code
     * country-bodies.txt}: government, parliament, cabinet).
     */
    boolean institution(String name) {
        if (DocContext.isInstitution(bodies, name)) {
            return true;
        }
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (bodies.countryBodies().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The document's legislature: the organization mentioned most whose name holds a word of legislatures.txt, or -1. */
    int legislature(DocContext ctx) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < ctx.mentions.size(); i++) {
            MentionFinder.Draft d = ctx.mentions.get(i);
            String name = d.text.toLowerCase(java.util.Locale.ROOT);
            if (d.type == ActorType.ORGANIZATION && bodies.legislatures().stream().anyMatch(name::contains)) {
                counts.merge(name, 1, Integer::sum);
                first.putIfAbsent(name, i);
            }
        }
        String top = DocContext.argmax(counts);
        return top == null ? -1 : first.get(top);
    }

    /**
     * "He flew to Tehran, where he met President X": a state named as where someone travelled to in the same sentence
     * (or by its capital, when the document names that state) hosts the untitled officials met there; the last such
     * destination before the title at {@code title}, else the first visit or trip after it ("met President X during a
     * visit to Y"). -1 if none.
     */
    int hostState(SentenceView v, DocContext ctx, int title) {
        // The destination named last before the title: "visited X, where he met ..., after a visit to Y was put off".
        int host = -1;
        for (int t = 0; t < v.size(); t++) {
            if (t >= title && host >= 0) {
                break;
            }
            int m = v.mentionAt[t];
            if (m < 0 && v.isNoun(t)) {
                // "visited the Kingdom": a state named before by its form of government.
                m = ctx.headNounAntecedent(v, t);
                m = m >= 0 && ctx.mentions.get(m).type == ActorType.COUNTRY ? m : -1;
            }
            int verb = v.head(t);
            String rel = v.relationToHead(t);
            boolean last = m >= 0 && (v.mentionAt[t] < 0 || ctx.mentions.get(m).tokenEnd - 1 == t);
            // "flew to X", "visited X", "the visit to X" (a travel noun).
            boolean goneTo = last && verb >= 0 && places.travelVerbs().contains(v.lemma(verb))
                    && (rel.equals("obl:to") || rel.equals("obj") && v.lemma(verb).equals("visit")
                    || rel.equals("nmod:to") && v.isNoun(verb))
                    || last && rel.equals("obl:to") && verb >= 0 && travelNounSubject(v, verb);
            if (!goneTo || t > title && !(verb >= 0 && v.isNoun(verb))) {
                // After the title only a travel noun says where the titled one was met ("met President X during a visit
                // to Y"); a journey told by a verb there is its subject's ("Prime Minister X flew to Y", "toppled Prime
                // Minister X's cabinet, and in February he flew to Y").
                continue;
            }
            int state = stateOfPlace(ctx, m);
            host = state >= 0 ? state : host;
        }
        return host >= 0 ? host : openingPlace(v, ctx, title);
    }

    /**
     * "In Washington, President X said ...": a state (or its capital, when the document names that state) the sentence
     * opens with as where it happens, before the title. -1 if none.
     */
    private int openingPlace(SentenceView v, DocContext ctx, int title) {
        if (v.size() < 4 || !v.lower(0).equals("in") || v.mentionAt[1] < 0) {
            return -1;
        }
        MentionFinder.Draft place = ctx.mentions.get(v.mentionAt[1]);
        int after = place.tokenEnd;
        if (place.tokenBegin != 1 || after >= title || after >= v.size() || !v.lower(after).equals(",")) {
            return -1;
        }
        return stateOfPlace(ctx, v.mentionAt[1]);
    }

    /** A state mention itself, or the document's mention of the state a capital stands for; -1 for other places. */
    private int stateOfPlace(DocContext ctx, int m) {
        MentionFinder.Draft place = ctx.mentions.get(m);
        return place.type == ActorType.COUNTRY && place.countryName == null ? m
                : DocContext.stateOfCapital(places, ctx.mentions, place.text);
    }

    /** "the visit which was planned to X": a verb whose subject is a travel noun. */
    private boolean travelNounSubject(SentenceView v, int verb) {
        int subject = v.first(verb, "nsubj:pass", "nsubj");
        return subject >= 0 && v.isNoun(subject) && places.travelVerbs().contains(v.lemma(subject));
    }

    /**
     * "his Veloran counterpart, the foreign minister X": a title in apposition to a noun that a country qualifies
     * belongs to that country. -1 when the title opens no such appositive.
     */
    static int countryOfDescription(SentenceView v, DocContext ctx, int first) {
        int k = first - 1;
        if (k >= 0 && (v.lower(k).equals("the") || v.lower(k).equals("a"))) {
            k--;
        }
        if (k < 1 || !v.lower(k).equals(",") || !v.isNoun(k - 1) || v.mentionAt[k - 1] >= 0
                || v.relationToHead(k - 1).contains("according")) {
            // "according to Iraqi officials, Secretary of State X": a source, not a description of X.
            return -1;
        }
        for (Dependency d : v.children(k - 1)) {
            int a = v.mentionAt[d.dependent()];
            boolean modifier = d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss");
            if (modifier && a >= 0 && ctx.mentions.get(a).type == ActorType.COUNTRY) {
                return ctx.canonical(a);
            }
        }
        return -1;
    }

    /** "spokesman for the Joint Operations Command": a body named right after the title's for/of, by surface order. */
    static int bodyAfterTitle(SentenceView v, DocContext ctx, int h) {
        int at = h + 1;
        if (at >= v.size() || !(v.lower(at).equals("for") || v.lower(at).equals("of"))) {
            return -1;
        }
        at = at + 1 < v.size() && v.lower(at + 1).equals("the") ? at + 2 : at + 1;
        int m = at < v.size() ? v.mentionAt[at] : -1;
        boolean body = m >= 0 && ctx.mentions.get(m).tokenBegin == at
                && (ctx.mentions.get(m).type == ActorType.ORGANIZATION || ctx.mentions.get(m).type == ActorType.COUNTRY);
        return body ? m : -1;
    }

    /**
     * The force a rank is attached to by the words right before it: "army chief Lt Gen X", "the Coast Guard's Col X"
     * (a body among the three words before the rank, with only lowercase title words or a possessive between); -1 if
     * none.
     */
    static int forceBefore(SentenceView v, DocContext ctx, TitleWords titles, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            int m = v.mentionAt[k];
            if (m >= 0) {
                return ctx.mentions.get(m).type == ActorType.ORGANIZATION ? m : -1;
            }
            if (!v.pos(k).equals("POS") && titles.role(v.lower(k)) == null && !v.lower(k).equals("of")) {
                return -1;
            }
        }
        return -1;
    }
}
