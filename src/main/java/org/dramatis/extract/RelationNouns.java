package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.model.FactKind;

/**
 * Relations a noun states of the one it describes, read from {@code relation-nouns.tsv}: "X, a rival of Y", "X is one
 * of the biggest supporters of Y", "X is one of Y's oldest companions", "Y's ally X", "X became a close friend of Y",
 * "X is regarded as the political wing of Y", "X, a Y proxy", "X found an ally in Y". The noun must describe X (as a
 * predicate, an apposition or a title before the name): "X met the rival of Y" says nothing of X. A noun with
 * "between" relates the actors it names to each other ("the war between X and Y").
 */
final class RelationNouns implements ExtractionRule {
    private final RelationWords relations;
    private final BodyWords bodies;
    private final GroupOwners groups;

    RelationNouns(RelationWords relations, BodyWords bodies) {
        this.relations = relations;
        this.bodies = bodies;
        this.groups = new GroupOwners(bodies);
    }

    private static final RuleSpec SPEC = new RuleSpec("relation-nouns",
            "relations told by nouns (\"a rival of Y\", \"X's envoy\")",
            Set.of("mentions", "references"), Set.of("relation-nouns"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        FactSink sink = out.facts;
        for (int i = 0; i < v.size(); i++) {
            if (!v.isNoun(i) || v.mentionAt[i] >= 0) {
                continue;
            }
            for (Lexicons.RelationTrigger t : relations.relationNouns().getOrDefault(v.lemma(i), List.of())) {
                if (named(v, i, t)) {
                    relate(v, ctx, sink, i, t);
                }
            }
        }
    }

    /** Whether noun {@code i} carries the modifier the trigger needs ("political" for "political wing"). */
    static boolean named(SentenceView v, int i, Lexicons.RelationTrigger t) {
        return t.objectLemma() == null || v.hasChildLemma(i, "amod", t.objectLemma());
    }

    /** Whether noun {@code i} is one of the relation nouns with a required modifier ("the political wing of Y"). */
    static boolean isModified(RelationWords relations, SentenceView v, int i) {
        return relations.relationNouns().getOrDefault(v.lemma(i), List.of()).stream()
                .anyMatch(t -> t.objectLemma() != null && named(v, i, t));
    }

    private void relate(SentenceView v, DocContext ctx, FactSink sink, int i, Lexicons.RelationTrigger t) {
        if (t.preposition().equals("between")) {
            between(v, ctx, sink, i, t);
            return;
        }
        int self;
        List<Integer> others = new ArrayList<>();
        int finder = v.head(i);
        if (v.relationToHead(i).equals("obj") && finder >= 0 && v.lemma(finder).equals("find") && v.first(i, "nmod:in") >= 0) {
            // "X found an ally in Y": Y is the ally, X the one Y is allied to.
            self = ctx.actorOf(v, v.first(i, "nmod:in"));
            others.add(v.first(finder, "nsubj"));
        } else {
            self = described(v, ctx, i);
            others.addAll(v.dependents(i, "nmod:" + t.preposition()));
            if (others.isEmpty() && t.preposition().equals("of")) {
                // "Y's ally", "a Y proxy".
                others.addAll(v.dependents(i, "nmod:poss"));
                for (int c : v.dependents(i, "compound")) {
                    if (v.mentionAt[c] >= 0) {
                        others.add(c);
                    }
                }
            }
        }
        if (self < 0) {
            return;
        }
        if (others.isEmpty() && !t.reverse() && mutual(t) && v.pos(i).equals("NNS")) {
            // "X and Y, rivals for influence", "X and Y are old rivals": a mutual relation among the ones described.
            mutualAmong(v, ctx, sink, i, t, self);
            return;
        }
        for (int token : others) {
            // "a critic of the factions" is no relation to the one body the plural might be taken for; but the
            // political front of the factions grouped in Y speaks for Y.
            int other = !v.pos(token).equals("NNS") ? ctx.actorOf(v, token)
                    : t.kinds().contains(FactKind.REPRESENTS) ? groups.ownerOf(v, ctx, token) : -1;
            if (other < 0 && Syntax.namesOffice(ctx, v.lemma(token))) {
                // "an opponent of X's regime" opposes X.
                other = ctx.actorOf(v, v.first(token, "nmod:poss"));
            }
            if (other < 0) {
                continue;
            }
            for (int o : Syntax.withConjuncts(v, ctx, other, token)) {
                for (FactKind k : t.kinds()) {
                    int s = t.reverse() ? o : self;
                    int ob = t.reverse() ? self : o;
                    FactKind kind = Syntax.fit(ctx, k, s, ob);
                    if (kind != null) {
                        sink.add(kind, s, ob, null, null, null, v, i, ctx);
                    }
                }
            }
        }
    }

    /** Whether the lexicon has the trigger's noun both ways ("rival": X opposes Y and Y opposes X). */
    private boolean mutual(Lexicons.RelationTrigger t) {
        return relations.relationNouns().getOrDefault(t.lemma(), List.of()).stream().anyMatch(o -> o.reverse() != t.reverse()
                && o.kinds().equals(t.kinds()) && java.util.Objects.equals(o.objectLemma(), t.objectLemma()));
    }

    /**
     * "the war between X and Y", "clashes between X, Y and Z": each actor the noun's between-phrase names stands in
     * the relation to each other one.
     */
    private void between(SentenceView v, DocContext ctx, FactSink sink, int i, Lexicons.RelationTrigger t) {
        // Only names: "a feud between the president and the speaker" is no fact of whoever "the president" is taken for.
        java.util.Set<Integer> all = new java.util.LinkedHashSet<>();
        for (int token : v.dependents(i, "nmod:between")) {
            List<Integer> sides = new ArrayList<>(List.of(token));
            sides.addAll(v.dependents(token, "conj:and", "conj:or", "conj"));
            for (int side : sides) {
                int a = v.mentionAt[side] >= 0 ? ctx.actorOf(v, side) : -1;
                if (a >= 0) {
                    all.add(a);
                }
            }
        }
        for (int a : all) {
            for (int b : all) {
                if (a != b && !ctx.samePerson(a, b)) {
                    for (FactKind k : t.kinds()) {
                        FactKind kind = Syntax.fit(ctx, k, a, b);
                        if (kind != null) {
                            sink.add(kind, a, b, null, null, null, v, i, ctx);
                        }
                    }
                }
            }
        }
    }

    /** Each of the conjoined actors a plural mutual noun describes stands in its relation to each other one. */
    private void mutualAmong(SentenceView v, DocContext ctx, FactSink sink, int i, Lexicons.RelationTrigger t, int self) {
        int token = ctx.mentions.get(self).tokenEnd - 1;
        List<Integer> all = Syntax.withConjuncts(v, ctx, self, token);
        for (int a : all) {
            for (int b : all) {
                if (a != b && !ctx.samePerson(a, b)) {
                    for (FactKind k : t.kinds()) {
                        sink.add(k, a, b, null, null, null, v, i, ctx);
                    }
                }
            }
        }
    }

    /**
     * The actor noun {@code i} describes, or -1: the subject of "X is (one of) the N", the name in apposition ("X, a
     * rival of Y", "Y's ally, X"), the name the noun titles ("Y's ally X"), or the one a linking verb describes ("X
     * became a friend of Y", "X is seen as the political wing of Y", "they consider X a rival of Y").
     */
    private int described(SentenceView v, DocContext ctx, int i) {
        int h = i;
        if (v.relationToHead(i).equals("nmod:of") && v.head(i) >= 0 && v.lemma(v.head(i)).equals("one")) {
            h = v.head(i);
        }
        if (v.first(h, "cop") >= 0) {
            return ctx.actorOf(v, v.first(h, "nsubj"));
        }
        int g = v.governor(h, "appos");
        if (g >= 0) {
            return ctx.actorOf(v, g);
        }
        for (int c : v.dependents(h, "appos", "dep")) {
            if (v.mentionAt[c] >= 0 && ctx.mentions.get(v.mentionAt[c]).tokenBegin == h + 1) {
                return v.mentionAt[c];
            }
        }
        String rel = v.relationToHead(h);
        int verb = v.head(h);
        if (verb >= 0 && (rel.equals("xcomp") || rel.equals("obl:as")) && relations.linkingVerbs().contains(v.lemma(verb))) {
            int who = v.first(verb, "obj");
            return ctx.actorOf(v, who >= 0 ? who : v.first(verb, "nsubj:pass", "nsubj"));
        }
        return -1;
    }
}
