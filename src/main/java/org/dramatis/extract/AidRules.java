package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.model.FactKind;

/**
 * Backing told through the aid it brings: "X receives weapons and money from Y", "X owes its arsenal to Y", "its drones
 * and much of its cash come from Y". Reads the verbs of {@code aid-verbs.tsv} (which preposition names the giver, and
 * whether the receiver is the verb's subject or the aid's possessor) and the aid nouns of {@code aid-nouns.txt}; the
 * giver backs the receiver. Other things received ("received a letter from Y") say nothing.
 */
final class AidRules implements ExtractionRule {
    private final RelationWords relations;

    AidRules(RelationWords relations) {
        this.relations = relations;
    }

    private static final RuleSpec SPEC = new RuleSpec("aid",
            "backing told through aid received (\"X receives weapons from Y\")",
            Set.of("mentions", "references", "posts"), Set.of("aid"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        FactSink sink = out.facts;
        for (int i = 0; i < v.size(); i++) {
            String[] verb = v.isVerb(i) ? relations.aidVerbs().get(v.lemma(i)) : null;
            if (verb != null) {
                aid(v, ctx, sink, i, verb[0], verb[1].equals("possessor"));
            }
        }
    }

    private void aid(SentenceView v, DocContext ctx, FactSink sink, int i, String preposition, boolean possessor) {
        int giverToken = v.first(i, "obl:" + preposition);
        int giver = ctx.actorOf(v, giverToken);
        if (giver < 0) {
            return;
        }
        // The aid is what the verb governs (its object; for "come from", its subject), with its conjuncts and the
        // nouns it quantifies ("much of its cash").
        List<Integer> aid = new ArrayList<>();
        for (int t : v.dependents(i, possessor ? "nsubj" : "obj")) {
            aid.add(t);
            aid.addAll(v.dependents(t, "conj:and"));
        }
        for (int t : List.copyOf(aid)) {
            aid.addAll(v.dependents(t, "nmod:of"));
        }
        int receiver = -1;
        for (int t : aid) {
            if (!relations.aidNouns().contains(v.lemma(t)) && !relations.aidNouns().contains(v.lower(t))) {
                continue;
            }
            int r = possessor ? possessor(v, ctx, v.first(t, "nmod:poss")) : Syntax.subjectOf(v, ctx, i, true);
            receiver = receiver >= 0 ? receiver : r;
        }
        if (receiver < 0) {
            return;
        }
        for (int g : Syntax.withConjuncts(v, ctx, giver, giverToken)) {
            sink.add(FactKind.BACKS, g, receiver, null, null, v.dateOf(i), v, i, ctx);
        }
    }

    /**
     * The owner of the aid: a name, or for "its" the previous sentence's subject ("X attacked ... Its drones come from
     * Y"); a pronoun further back is too loosely tied to its owner to say who is backed.
     */
    private static int possessor(SentenceView v, DocContext ctx, int token) {
        return v.isPronoun(token) ? ctx.previousSentenceSubject(v) : ctx.actorOf(v, token);
    }
}
