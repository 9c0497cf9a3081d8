package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/**
 * Alignment stated without a verb of alignment: predicate adjectives from {@code relations.tsv} ("X is close to Y",
 * "X has been outspoken against Y", "seen as close to Y"), demands for someone's ouster or apology ("demanded that
 * X resign", "demanded an apology from the government"), and support nouns naming the supporter ("X can count on the
 * support of Y", "X formed a cabinet with the backing of Y"). Also "X operates under the command of Y" (part of).
 */
final class AlignmentRules {
    private static final Set<String> REQUIRES = Set.of("mentions", "references", "posts");

    private final RelationWords relations;
    private final BodyWords bodies;
    private final TitleWords titles;

    AlignmentRules(RelationWords relations, BodyWords bodies, TitleWords titles) {
        this.relations = relations;
        this.bodies = bodies;
        this.titles = titles;
    }

    /** The alignment rules in run order; each looks at every token of a sentence. */
    static List<ExtractionRule> rules(RelationWords relations, BodyWords bodies, TitleWords titles) {
        AlignmentRules r = new AlignmentRules(relations, bodies, titles);
        return List.of(
                new TokenRule(new RuleSpec("close-to",
                        "alignment told by a predicate adjective (\"X is close to Y\", \"outspoken against Y\")",
                        REQUIRES, Set.of("close-to")), (v, ctx, sink, i) -> {
                            if (v.pos(i).startsWith("JJ")) {
                                r.adjective(v, ctx, sink, i);
                            }
                            r.fusedAdjective(v, ctx, sink, i);
                        }),
                new TokenRule(new RuleSpec("demands",
                        "opposition told by a demand for someone's ouster or apology (\"demanded that X resign\")",
                        REQUIRES, Set.of("demands")), (v, ctx, sink, i) -> {
                            if (v.isVerb(i) && relations.demandVerbs().containsKey(v.lemma(i))) {
                                r.demand(v, ctx, sink, i);
                            }
                        }),
                new TokenRule(new RuleSpec("support-nouns",
                        "support told by a noun naming the supporter (\"X can count on the support of Y\")",
                        REQUIRES, Set.of("support-nouns")), (v, ctx, sink, i) -> {
                            if (v.isNoun(i) && relations.supportNouns().contains(v.lemma(i))) {
                                r.supportOf(v, ctx, sink, i);
                            }
                        }),
                new TokenRule(new RuleSpec("under-command",
                        "part of (a person: a member of) told by command (\"X operates under the command of Y\")",
                        REQUIRES, Set.of("under-command")), (v, ctx, sink, i) -> {
                            if (v.isNoun(i) && bodies.controlNouns().contains(v.lemma(i))) {
                                r.underCommand(v, ctx, sink, i);
                            }
                        }));
    }

    /** "X is close to Y", "X has been outspoken against Y": the adjective's subject, its prepositional object. */
    private void adjective(SentenceView v, DocContext ctx, FactSink sink, int i) {
        for (Lexicons.RelationTrigger t : relations.relations(v.lemma(i))) {
            if (!t.adjective() || t.preposition() == null) {
                continue;
            }
            int objectToken = v.first(i, "obl:" + t.preposition(), "nmod:" + t.preposition());
            int subject;
            if (v.first(i, "cop") >= 0) {
                subject = ctx.actorOf(v, v.first(i, "nsubj"));
            } else if (v.head(i) >= 0 && relations.linkingVerbs().contains(v.lemma(v.head(i)))) {
                int considered = v.first(v.head(i), "obj");
                subject = considered >= 0 ? ctx.actorOf(v, considered) : Syntax.subjectOf(v, ctx, i, true);
            } else {
                continue;
            }
            add(v, ctx, sink, t, subject, v.first(i, "nsubj"), objectToken, i);
        }
    }

    /**
     * The parser often reads "close to" as one preposition of the object ("is close to Y", "seen as close to Y",
     * "consider him close to Y": case(Y, close) with fixed(close, to)); the one said to be close is then the object's
     * own subject, or the passive subject of the verb it hangs from.
     */
    private void fusedAdjective(SentenceView v, DocContext ctx, FactSink sink, int object) {
        for (int c : v.dependents(object, "case")) {
            int fixed = v.first(c, "fixed");
            if (fixed < 0) {
                continue;
            }
            for (Lexicons.RelationTrigger t : relations.relations(v.lemma(c))) {
                if (!t.adjective() || !v.lower(fixed).equals(t.preposition())) {
                    continue;
                }
                int g = v.head(object);
                boolean linked = v.first(object, "cop") >= 0 || g >= 0 && relations.linkingVerbs().contains(v.lemma(g));
                if (!linked) {
                    continue;
                }
                int subjectToken = v.first(object, "nsubj");
                if (subjectToken < 0 && g >= 0) {
                    // "they consider him close to Y": the one considered; "he is seen as close to Y": the passive subject.
                    subjectToken = v.first(g, "obj", "nsubj:pass");
                }
                int subject = subjectToken >= 0 ? ctx.actorOf(v, subjectToken) : Syntax.subjectOf(v, ctx, g, true);
                // The object anchors the claim, so that "seen as" and "consider him" make it an opinion (alleged).
                add(v, ctx, sink, t, subject, subjectToken, object, object);
            }
        }
    }

    private void add(SentenceView v, DocContext ctx, FactSink sink, Lexicons.RelationTrigger t, int subject, int subjectToken,
                     int objectToken, int trigger) {
        int object = ctx.actorOf(v, objectToken);
        if (subject < 0 || object < 0) {
            return;
        }
        int dated = v.head(trigger) >= 0 && v.dateOf(trigger) == null ? v.head(trigger) : trigger;
        for (int s : Syntax.withConjuncts(v, ctx, subject, subjectToken)) {
            for (FactKind kind : t.kinds()) {
                if (t.reverse()) {
                    sink.add(kind, object, s, null, null, v.dateOf(dated), v, trigger, ctx);
                } else {
                    sink.add(kind, s, object, null, null, v.dateOf(dated), v, trigger, ctx);
                }
            }
        }
    }

    /**
     * "demanded that X resign", "called for X's resignation", "demanded from the government an apology": whoever
     * demands someone's ouster or apology opposes them. Offices stand for their holders ("Haddad's cabinet").
     */
    private void demand(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String prep = relations.demandVerbs().get(v.lemma(i));
        int target = -1;
        for (int c : v.dependents(i, "ccomp", "xcomp")) {
            if (relations.ouster().contains(v.lemma(c))) {
                // "demanded that parliament impeach X": the one removed; "demanded that X resign": the one resigning;
                // "urged X to resign": the one urged. "demanded that X remove the barricades" names nobody removed.
                int who = v.first(c, "obj");
                if (who < 0) {
                    who = v.first(c, "nsubj");
                    who = who >= 0 ? who : v.first(i, "obj");
                }
                target = actorOrHolder(v, ctx, who);
            }
        }
        int demanded = prep.isEmpty() ? v.first(i, "obj") : v.first(i, "obl:" + prep);
        if (target < 0 && demanded >= 0 && relations.ouster().contains(v.lemma(demanded))) {
            target = actorOrHolder(v, ctx, v.first(demanded, "nmod:of", "nmod:poss", "nmod:from"));
            for (int from : v.dependents(i, "obl:from")) {
                target = target >= 0 ? target : actorOrHolder(v, ctx, from);
            }
        }
        int subject = Syntax.subjectOf(v, ctx, i, true);
        if (subject >= 0 && target >= 0) {
            sink.add(FactKind.OPPOSES, subject, target, null, null, v.dateOf(i), v, i, ctx);
        }
    }

    /**
     * "X can count on the support of Y", "the Council gave its confidence to X's government with the votes of Y":
     * Y supports the one the clause gives the support to (an indirect object or "to" phrase of the verb) or, after a
     * receiving verb, its subject.
     */
    private void supportOf(SentenceView v, DocContext ctx, FactSink sink, int i) {
        List<Integer> of = v.dependents(i, "nmod:of");
        if (of.isEmpty()) {
            return;
        }
        int beneficiary = actorOrHolder(v, ctx, v.first(i, "nmod:for", "nmod:to"));
        int verb = v.head(i);
        String rel = v.relationToHead(i);
        if (beneficiary < 0 && verb >= 0 && v.isVerb(verb) && (rel.startsWith("obj") || rel.startsWith("obl"))) {
            int to = v.first(verb, "obl:to", "iobj");
            if (to < 0 && v.first(verb, "obj") >= 0) {
                // "gave its confidence to the government of X with the votes of Y"
                to = v.first(v.first(verb, "obj"), "nmod:to");
            }
            if (to >= 0) {
                beneficiary = actorOrHolder(v, ctx, to);
            } else if (relations.receivingVerbs().contains(v.lemma(verb)) || rel.equals("obl:with")) {
                // "X can count on the support of Y", "X formed a cabinet with the backing of Y".
                beneficiary = Syntax.subjectOf(v, ctx, verb, true);
            }
        }
        if (beneficiary < 0) {
            return;
        }
        int trigger = verb >= 0 ? verb : i;
        for (int token : of) {
            int supporter = ctx.actorOf(v, token);
            if (supporter < 0 || ctx.mentions.get(supporter).type == ActorType.LOCATION) {
                continue;
            }
            for (int s : Syntax.withConjuncts(v, ctx, supporter, token)) {
                sink.add(FactKind.SUPPORTS, s, beneficiary, null, null, v.dateOf(trigger), v, trigger, ctx);
            }
        }
    }

    /** "X operates under the command of Y", "X is under the control of Y": X is part (a person: a member) of Y. */
    private void underCommand(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (!v.relationToHead(i).equals("obl:under") && !(v.first(i, "cop") >= 0 && v.hasChildLemma(i, "case", "under"))) {
            return;
        }
        int whole = ctx.actorOf(v, v.first(i, "nmod:of"));
        boolean operating = v.head(i) >= 0 && titles.servingVerbs().contains(v.lemma(v.head(i)));
        if (v.first(i, "cop") < 0 && !operating) {
            // "attacked a base under the command of Y" says nothing of the attacker's place.
            return;
        }
        int part = v.first(i, "cop") >= 0 ? ctx.actorOf(v, v.first(i, "nsubj")) : Syntax.subjectOf(v, ctx, v.head(i), true);
        if (part < 0 || whole < 0 || ctx.mentions.get(whole).type == ActorType.PERSON
                || ctx.mentions.get(whole).type == ActorType.LOCATION || ctx.mentions.get(part).type == ActorType.LOCATION) {
            return;
        }
        FactKind kind = ctx.mentions.get(part).type == ActorType.PERSON ? FactKind.MEMBER : FactKind.PART_OF;
        sink.add(kind, part, whole, null, null, null, v, i, ctx);
    }

    private int actorOrHolder(SentenceView v, DocContext ctx, int token) {
        int a = ctx.actorOf(v, token);
        return a >= 0 ? a : Syntax.holderOf(v, ctx, token);
    }
}
