package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.nlp.EntityMention;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/**
 * Relations between actors other than posts and structure (see {@link StructureRules}): verb triggers from
 * {@code relations.tsv} (support, oppose, accuse, fund, represent ...) and education. One-word markers ("Iran-backed",
 * "terrorist", "born", nationality) are {@link MarkerRules}', relation nouns ("a rival of Y") {@link RelationNouns}',
 * aid ("receives weapons from Y") {@link AidRules}'.
 */
final class RelationRules {
    private static final Set<String> REQUIRES = Set.of("mentions", "references", "dates", "posts");

    /** Stances toward an office that are stances toward its holder ("supports / opposes the government of X"). */
    private static final Set<FactKind> OFFICE_STANCES = Set.of(FactKind.SUPPORTS, FactKind.OPPOSES, FactKind.APPOINTED);

    /** Stances a spokesman states on his body's behalf. */
    private static final Set<FactKind> SPOKEN_STANCES = Set.of(FactKind.OPPOSES, FactKind.ACCUSES, FactKind.SUPPORTS,
            FactKind.THREATENS);

    private final RelationWords relations;
    private final TitleWords titles;
    private final MarkerRules markers;

    RelationRules(RelationWords relations, TitleWords titles) {
        this.relations = relations;
        this.titles = titles;
        this.markers = new MarkerRules(relations);
    }

    /**
     * The relation rules in run order, {@link MarkerRules}' included; each looks at every token of a sentence. None adds
     * a post, and only the last a nationality (which a reference to "his country" reads), so what one finds in a
     * sentence hardly ever depends on another's.
     */
    static List<ExtractionRule> rules(RelationWords relations, TitleWords titles) {
        RelationRules r = new RelationRules(relations, titles);
        MarkerRules markers = r.markers;
        return List.of(
                new TokenRule(new RuleSpec("relation-verbs",
                        "stances, backing, accusations and education told by the verbs of relations.tsv (\"X supports Y\")",
                        REQUIRES, Set.of("relation-verbs")), (v, ctx, sink, i) -> {
                            if (v.isVerb(i)) {
                                r.verbTriggers(v, ctx, sink, i);
                            }
                        }),
                new TokenRule(new RuleSpec("born", "where and when a person was born (\"X was born in Y in 1961\")",
                        REQUIRES, Set.of("born")), markers::born),
                new TokenRule(new RuleSpec("received-from",
                        "backing received, read in surface order (\"X, which receives training and funding from Y\")",
                        REQUIRES, Set.of("received-from")), r::receivedFrom),
                new TokenRule(new RuleSpec("backed-compound", "a state before a backing suffix (\"Iran-backed factions\")",
                        REQUIRES, Set.of("backed-compound")), markers::backedCompound),
                new TokenRule(new RuleSpec("designation", "\"terrorist\" after a verb of listing (\"listed X as a terrorist group\")",
                        REQUIRES, Set.of("designation")), markers::designation),
                new TokenRule(new RuleSpec("marker-nouns",
                        "the noun \"opposition\" (\"opposition from Y to X\") and a nationality adjective before a person's name",
                        REQUIRES, Set.of("marker-nouns")), (v, ctx, sink, i) -> {
                            if (v.isNoun(i)) {
                                markers.nounTriggers(v, ctx, sink, i);
                            }
                        }));
    }

    private void verbTriggers(SentenceView v, DocContext ctx, FactSink sink, int i) {
        for (Lexicons.RelationTrigger t : relations.relations(v.lemma(i))) {
            if (t.adjective()) {
                continue;
            }
            int obj = v.first(i, "obj");
            // "brought together X and Y": the required word may be the verb's particle rather than its object.
            boolean particle = t.objectLemma() != null && (v.hasChildLemma(i, "compound:prt", t.objectLemma())
                    || v.hasChildLemma(i, "advmod", t.objectLemma()));
            if (t.objectLemma() != null && !particle && (obj < 0 || !v.lemma(obj).equals(t.objectLemma()))) {
                continue;
            }
            // "X is armed and funded by Y": conjoined passive participles share the passive subject and the agent.
            int conjHead = v.governor(i, "conj:and", "conj:or");
            int passSubj = firstOf(v, "nsubj:pass", i, conjHead);
            boolean participle = v.pos(i).equals("VBN");
            boolean passive = passSubj >= 0 && (v.first(i, "nsubj:pass") >= 0 || participle);
            int agent = v.first(i, "obl:by", "obl:agent");
            if (agent < 0 && (passive || participle)) {
                for (int c : v.dependents(i, "conj:and")) {
                    agent = agent >= 0 ? agent : v.first(c, "obl:by", "obl:agent");
                }
                agent = agent >= 0 ? agent : conjHead >= 0 ? v.first(conjHead, "obl:by", "obl:agent") : -1;
            }
            if (!passive && participle && agent >= 0) {
                // The parser reads "is armed and funded by Y" as an adjective with a copula: still a passive.
                passSubj = firstOf(v, "nsubj", i, conjHead);
                passive = passSubj >= 0;
            }
            // "X is aligned with Y", "X is affiliated with Y": a passive naming no agent says it of its own subject.
            boolean ofPassiveSubject = passive && agent < 0 && t.preposition() != null;
            int subjectToken = ofPassiveSubject ? passSubj : passive ? agent : v.first(i, "nsubj");
            int subject = ofPassiveSubject ? ctx.actorOf(v, passSubj) : passive ? ctx.actorOf(v, agent) : Syntax.subjectOf(v, ctx, i, true);
            if (subject < 0 && !passive && !hasAnySubject(v)) {
                // A fragment with no subject at all ("..., and accused X of ...") continues the previous sentence's speaker.
                subject = ctx.previousSentenceSubject(v);
            }
            int objectToken;
            int object;
            if (t.preposition() != null) {
                objectToken = v.first(i, "obl:" + t.preposition(), "nmod:" + t.preposition());
                if (objectToken < 0 && obj >= 0) {
                    objectToken = v.first(obj, "nmod:" + t.preposition());
                }
            } else {
                objectToken = passive ? passSubj : obj;
            }
            if (!passive) {
                subject = nameBeforeVerb(v, ctx, i, subject);
            }
            object = ctx.actorOf(v, objectToken);
            if (object >= 0 && subject >= 0 && (object == subject || ctx.samePerson(object, subject)) && v.isPronoun(objectToken)) {
                // "Although he backed X's deputy, Y, Z turned against him": the pronoun is someone other than the subject.
                object = ctx.resolvePersonExcept(v, objectToken, subject);
            }
            if (object < 0 && objectToken >= 0 && t.kinds().stream().anyMatch(OFFICE_STANCES::contains)) {
                // "supports the government of X", "voted for his cabinet": backing a post-holder's office backs the holder.
                object = Syntax.holderOf(v, ctx, objectToken);
            }
            if (subject < 0 || object < 0) {
                continue;
            }
            add(v, ctx, sink, i, t, subject, subjectToken, object, objectToken);
        }
    }

    /** The facts a verb trigger gives between its subject and object and the actors conjoined with each. */
    private void add(SentenceView v, DocContext ctx, FactSink sink, int i, Lexicons.RelationTrigger t, int subject,
                     int subjectToken, int object, int objectToken) {
        EntityMention date = v.dateOf(i);
        for (int s2 : Syntax.withConjuncts(v, ctx, subject, subjectToken)) {
            for (int o2 : Syntax.withConjuncts(v, ctx, object, objectToken)) {
                for (FactKind k : t.kinds()) {
                    FactKind kind = k == FactKind.SUPPORTS && v.lemma(i).equals("back") && Syntax.isState(ctx, s2)
                            && ctx.mentions.get(o2).type == ActorType.ORGANIZATION ? FactKind.BACKS : k;
                    kind = t.reverse() ? Syntax.fit(ctx, kind, o2, s2) : Syntax.fit(ctx, kind, s2, o2);
                    if (kind == FactKind.PART_OF && t.reverse() && ctx.mentions.get(s2).type != ActorType.ORGANIZATION) {
                        // "the bloc brought together X and Y" nests them; "Qatar brought together X and Y" mediates.
                        continue;
                    }
                    if (kind == null) {
                        continue;
                    }
                    if (t.reverse()) {
                        sink.add(kind, o2, s2, null, null, date, v, i, ctx);
                    } else {
                        sink.add(kind, s2, o2, null, null, date, v, i, ctx);
                        int body = spokesmanBody(ctx, s2);
                        if (body >= 0 && SPOKEN_STANCES.contains(kind)) {
                            // A spokesman's stance is his organization's: he speaks for it by office.
                            sink.add(kind, body, o2, null, null, date, v, i, ctx);
                        }
                    }
                }
            }
        }
    }

    /**
     * "X, which receives training and funding from Y": the parser often reads "receives" as an adjective of the noun,
     * so the surface order decides: a receive word, a received thing from the lexicon's receive triggers within a few
     * words, then "from" and an actor. The receiver is the noun a relative pronoun before the verb stands for.
     */
    private void receivedFrom(SentenceView v, DocContext ctx, FactSink sink, int i) {
        List<Lexicons.RelationTrigger> triggers = relations.relations(v.lemma(i));
        if (triggers.isEmpty() || v.isVerb(i) && v.first(i, "obj") >= 0) {
            return;
        }
        Lexicons.RelationTrigger found = null;
        int from = -1;
        for (int k = i + 1; k < Math.min(v.size(), i + 7) && from < 0; k++) {
            for (Lexicons.RelationTrigger t : triggers) {
                if (t.objectLemma() != null && t.objectLemma().equals(v.lemma(k)) && t.preposition() != null) {
                    found = found == null ? t : found;
                }
            }
            if (found != null && v.lower(k).equals(found.preposition())) {
                from = k;
            }
        }
        if (from < 0 || from + 1 >= v.size()) {
            return;
        }
        int giver = from + 2 < v.size() && v.lower(from + 1).equals("the") ? v.mentionAt[from + 2] : v.mentionAt[from + 1];
        int receiver = -1;
        if (i >= 3 && Set.of("which", "who", "that").contains(v.lower(i - 1)) && v.lower(i - 2).equals(",")) {
            int noun = i - 3;
            receiver = ctx.actorOf(v, noun);
            if (receiver < 0 && ctx.isGroupNoun(v.lemma(noun))) {
                receiver = ctx.resolve(v, noun, false);
            }
        } else if (v.isVerb(i)) {
            receiver = Syntax.subjectOf(v, ctx, i, true);
        }
        if (giver < 0 || receiver < 0) {
            return;
        }
        for (FactKind kind : found.kinds()) {
            if (found.reverse()) {
                sink.add(kind, giver, receiver, null, null, v.dateOf(i), v, i, ctx);
            } else {
                sink.add(kind, receiver, giver, null, null, v.dateOf(i), v, i, ctx);
            }
        }
    }

    /**
     * The subject when the parser took the first of several appositives for it: in "X's predecessor, Y, Z turned", the
     * name standing right before the verb and hung on the subject as an appositive is the one acting.
     */
    private static int nameBeforeVerb(SentenceView v, DocContext ctx, int verb, int subject) {
        int subjectToken = v.first(verb, "nsubj");
        if (subjectToken < 0) {
            return subject;
        }
        for (int a : v.dependents(subjectToken, "appos")) {
            int m = v.mentionAt[a];
            if (m >= 0 && m != subject && ctx.mentions.get(m).type == ActorType.PERSON && ctx.mentions.get(m).tokenEnd == verb) {
                return m;
            }
        }
        return subject;
    }





    private static boolean hasAnySubject(SentenceView v) {
        for (int t = 0; t < v.size(); t++) {
            if (v.relationToHead(t).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The organization the document names {@code person} spokesman of, or -1. */
    private int spokesmanBody(DocContext ctx, int person) {
        if (person < 0 || ctx.mentions.get(person).type != ActorType.PERSON) {
            return -1;
        }
        for (FactClaim f : ctx.known) {
            if (f.kind() == FactKind.ROLE && f.object() >= 0 && titles.speakerRoles().contains(f.role()) && ctx.samePerson(f.subject(), person)
                    && ctx.mentions.get(f.object()).type == ActorType.ORGANIZATION) {
                return f.object();
            }
        }
        return -1;
    }

    private static int firstOf(SentenceView v, String rel, int... tokens) {
        for (int t : tokens) {
            int d = t >= 0 ? v.first(t, rel) : -1;
            if (d >= 0) {
                return d;
            }
        }
        return -1;
    }






}
