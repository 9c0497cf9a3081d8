package org.dramatis.extract;

import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.Dependency;

/**
 * Who takes part in an event, read from the dependency parse around its trigger where the plain subject and object say
 * nothing: the agent of a passive clause an event noun is the subject of, a crowd's group, the name a described noun
 * stands for, a subject the parser lost, the first actor inside an object phrase.
 */
final class EventParticipants {
    private EventParticipants() {
    }

    /**
     * The agent of a passive clause an event noun is the subject of, also through the clauses it complements: "the attack
     * was carried out by X", "the attack was believed to have been carried out by X". -1 when none.
     */
    static int doneBy(SentenceView v, DocContext ctx, int noun) {
        int clause = v.governor(noun, "nsubj:pass");
        for (int depth = 0; clause >= 0 && depth < 3; depth++) {
            int agent = ctx.actorOf(v, v.first(clause, "obl:agent", "obl:by"));
            if (agent >= 0) {
                return agent;
            }
            clause = v.first(clause, "xcomp");
        }
        return -1;
    }

    /** Whether a subject can be people set free: a person, a pronoun or a plural noun ("X is free" of a country frees nobody). */
    static boolean people(SentenceView v, DocContext ctx, int token) {
        if (token < 0) {
            return false;
        }
        int m = v.mentionAt[token];
        return m >= 0 ? ctx.mentions.get(m).type == ActorType.PERSON : v.pos(token).equals("NNS") || v.isPronoun(token);
    }

    /**
     * The name right before a verb the parser left without subject and hung on another clause ("after her predecessor,
     * X, stepped down citing ..." parsed as a dependent of the main verb), or the person a relative clause it hangs on
     * describes; -1 if none, or if that name sits in a prepositional phrase ("the camp in X, killing ...").
     */
    static int lostSubject(SentenceView v, DocContext ctx, int verb) {
        if (!v.relationToHead(verb).equals("dep") || v.first(verb, "nsubj", "nsubj:pass") >= 0) {
            return -1;
        }
        int gov = v.head(verb);
        if (gov >= 0 && v.relationToHead(gov).equals("acl:relcl") && v.head(gov) >= 0 && v.mentionAt[v.head(gov)] >= 0) {
            // "X, who succeeded Y at the head of Z, travelled to ...": hung on the relative clause, the verb is X's.
            return v.mentionAt[v.head(gov)];
        }
        int before = verb - 1 >= 0 && v.lower(verb - 1).equals(",") ? verb - 2 : verb - 1;
        int m = before < 0 ? -1 : v.mentionAt[before];
        if (m < 0) {
            return -1;
        }
        // "broke up the camp in Khartoum, killing ...": a name inside a prepositional phrase is no subject.
        String relation = v.relationToHead(TitleRules.spanHead(v, ctx.mentions.get(m).tokenBegin, ctx.mentions.get(m).tokenEnd - 1));
        return relation.startsWith("nmod") || relation.startsWith("obl") ? -1 : m;
    }

    /** The group a crowd comes from ("supporters of X", "hundreds of supporters of X"), or -1. */
    static int membersOf(SentenceView v, DocContext ctx, int token) {
        for (int depth = 0; token >= 0 && depth < 3; depth++) {
            token = v.first(token, "nmod:of", "nmod:from");
            int a = ctx.actorOf(v, token);
            if (a >= 0) {
                return a;
            }
        }
        return -1;
    }

    /**
     * The name a noun stands for by itself or in apposition ("X, a coalition"), also through the noun it complements
     * ("the umbrella of militias" for the umbrella's name); -1 when unnamed, never an antecedent guessed from afar.
     */
    static int namedNoun(SentenceView v, DocContext ctx, int noun) {
        for (int k = 0; noun >= 0 && k < 2; k++) {
            if (v.mentionAt[noun] >= 0) {
                return v.mentionAt[noun];
            }
            for (Dependency d : v.children(noun)) {
                if (d.relation().equals("appos") && v.mentionAt[d.dependent()] >= 0) {
                    return v.mentionAt[d.dependent()];
                }
            }
            int a = v.governor(noun, "appos");
            if (a >= 0 && v.mentionAt[a] >= 0) {
                return v.mentionAt[a];
            }
            noun = v.governor(noun, "nmod:of");
        }
        return -1;
    }

    /** The target actor: the object itself, or the first actor named inside it ("the headquarters of Y", "members of Y"). */
    static int targetOf(SentenceView v, DocContext ctx, int token) {
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

    /**
     * The subject of a verb put first, as text translated from Arabic does ("And condemned the President, X, the attack"):
     * a clause-opening verb with neither subject nor auxiliary whose object is a named actor takes that actor as its
     * subject. -1 for any other verb.
     */
    static int verbFirstSubject(SentenceView v, DocContext ctx, int verb) {
        boolean opens = verb == 0 || verb == 1 && v.lower(0).equals("and");
        if (!opens || v.first(verb, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0) {
            return -1;
        }
        int a = ctx.actorOf(v, v.first(verb, "obj"));
        return a >= 0 && ctx.mentions.get(a).type != ActorType.LOCATION ? a : -1;
    }

    /**
     * What a verb put first acts on: the noun the parser hung on its subject-object ("And condemned X the attack" with
     * "the attack" in apposition to X or left as its dependent), or -1.
     */
    static int verbFirstObject(SentenceView v, int verb) {
        int obj = v.first(verb, "obj");
        for (Dependency d : obj < 0 ? List.<Dependency>of() : v.children(obj)) {
            if ((d.relation().equals("appos") || d.relation().equals("dep")) && v.mentionAt[d.dependent()] < 0
                    && v.isNoun(d.dependent())) {
                return d.dependent();
            }
        }
        return -1;
    }
}
