package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * Syntax helpers several rules share: who does what a verb says ({@link #subjectOf}), the actors conjoined with one
 * ("A, B and C"), who holds an office a noun names ("the government of X"), and which kind a relation between two
 * actors may take. Pure functions of the sentence and the document's state.
 */
final class Syntax {
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "acl", "conj:and", "ccomp", "advcl:to", "acl:to", "nmod:of", "obj", "dep");

    /** Prepositions that only place a verb in time relative to an event. */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "till", "following", "during");

    private Syntax() {
    }

    /** The subject of "form a group" / "the formation of a group" for an unnamed group noun, or -1. */
    private static int founderOf(SentenceView v, DocContext ctx, int group) {
        if (!ctx.isGroupNoun(v.lemma(group)) || v.hasChildLemma(group, "det", "the")) {
            return -1;
        }
        int verb = v.governor(group, "obj");
        if (verb < 0 || !ctx.lex.bodies().foundingWords().contains(v.lemma(verb))) {
            int noun = v.governor(group, "nmod:of");
            verb = noun >= 0 && ctx.lex.bodies().foundingWords().contains(v.lemma(noun)) ? v.governor(noun, "obj") : -1;
        }
        if (verb < 0) {
            return -1;
        }
        int founder = ctx.actorOf(v, v.first(verb, "nsubj"));
        return founder >= 0 && ctx.mentions.get(founder).type != ActorType.LOCATION ? founder : -1;
    }

    /** Whether a noun names an office its owner holds ("X's government", "Y's regime"). */
    static boolean namesOffice(DocContext ctx, String lemma) {
        return ctx.lex.titles().heldOffices().contains(lemma);
    }

    /**
     * The holder of the office a noun names, or -1: "the government of X", "his cabinet", "a government led by X", and
     * an unqualified "the government" (see {@link #headOfGovernment}).
     */
    static int holderOf(SentenceView v, DocContext ctx, int token) {
        if (token < 0 || !ctx.lex.titles().heldOffices().contains(v.lemma(token))) {
            return -1;
        }
        int holder = ctx.actorOf(v, v.first(token, "nmod:of", "nmod:poss"));
        for (int led : v.dependents(token, "acl")) {
            // "a government led by X", "the cabinet headed by X".
            if (holder < 0 && ctx.lex.titles().leadingVerbs().contains(v.lemma(led))) {
                holder = ctx.actorOf(v, v.first(led, "obl:by", "obl:agent"));
            }
        }
        return holder >= 0 ? holder : headOfGovernment(v, ctx.lex, ctx.known, token);
    }

    /**
     * "gave its support to the government": an unqualified "the government" is the head of government the document
     * names (its latest current prime minister), or -1.
     */
    private static int headOfGovernment(SentenceView v, Lexicons lex, List<FactClaim> known, int token) {
        if (token < 0 || !v.lemma(token).equals("government") || !v.hasChildLemma(token, "det", "the")
                || v.first(token, "nmod:of", "nmod:poss", "amod", "compound") >= 0) {
            return -1;
        }
        int holder = -1;
        for (FactClaim f : known) {
            boolean former = f.value() != null && f.value().startsWith("former");
            if (f.kind() == FactKind.ROLE && lex.titles().headsOfGovernment().contains(f.role()) && !former) {
                holder = f.subject();
            }
        }
        return holder;
    }

    /**
     * The kind a relation between these actors takes, or null when they cannot stand in it ({@link FactKind#between}):
     * only bodies represent ("speaks for Y" of a person is a spokesman's post), only a person is born, and only in a
     * place; a person is part of a body as its member.
     */
    static FactKind fit(DocContext ctx, FactKind kind, int subject, int object) {
        return kind.between(ctx.mentions.get(subject).type, ctx.mentions.get(object).type);
    }

    static boolean isState(DocContext ctx, int m) {
        ActorType t = ctx.mentions.get(m).type;
        return t == ActorType.COUNTRY || t == ActorType.LOCATION;
    }

    /** The actor and the actors conjoined with its token ("A, B and C"). */
    static List<Integer> withConjuncts(SentenceView v, DocContext ctx, int actor, int token) {
        List<Integer> out = new ArrayList<>(List.of(actor));
        if (token < 0) {
            return out;
        }
        // A long list often comes as bare "conj" when its "and" hangs elsewhere in the parse.
        for (int c : v.dependents(token, "conj:and", "conj:or", "conj")) {
            int a = ctx.actorOf(v, c);
            if (a >= 0 && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The actor doing what verb {@code i} says: its subject, else the subject of the clause it hangs from. */
    static int subjectOf(SentenceView v, DocContext ctx, int i) {
        return subjectOf(v, ctx, i, false);
    }

    /**
     * @param strict stop at a clause that has a subject of its own that names no actor (relations need this: "X said
     *               his country supports Y" is not X supporting Y); events stay lenient, as participants are looser
     */
    static int subjectOf(SentenceView v, DocContext ctx, int i, boolean strict) {
        int t = i;
        for (int depth = 0; t >= 0 && depth < 4; depth++) {
            int subjectToken = v.first(t, "nsubj", "nsubj:xsubj");
            if (subjectToken < 0 && v.isVerb(t)) {
                subjectToken = DocContext.subjectToken(v, t);
            }
            int s = ctx.actorOf(v, subjectToken);
            if (s >= 0) {
                return s;
            }
            if (subjectToken >= 0 && v.mentionAt[subjectToken] < 0) {
                // "X announced the formation of a coalition that ... to support Y": the unnamed new group acts for its founder.
                int founder = founderOf(v, ctx, subjectToken);
                if (founder >= 0) {
                    return founder;
                }
            }
            if (subjectToken >= 0 && v.relationToHead(t).equals("acl:relcl")) {
                // "to find the men who murdered X": the relative clause's subject is the unnamed noun it describes.
                return -1;
            }
            if (strict && subjectToken >= 0 && !v.relationToHead(t).startsWith("xcomp") && !v.relationToHead(t).startsWith("conj")) {
                // "X said his country supports Y": a clause with a subject of its own is not X's doing.
                return -1;
            }
            if (!CLIMB.contains(v.relationToHead(t)) && !v.relationToHead(t).startsWith("advcl")
                    && !v.relationToHead(t).startsWith("acl")) {
                return -1;
            }
            t = v.head(t);
        }
        return -1;
    }

    /** The token of a mention whose head lies outside it, or -1. */
    static int spanRoot(SentenceView v, EntityMention em) {
        for (int t = em.tokenBegin(); t < em.tokenEnd(); t++) {
            int h = v.head(t);
            if (h < em.tokenBegin() || h >= em.tokenEnd()) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The tokens of a relative clause headed by {@code verb}: its dependents, but neither the noun it modifies (which
     * the enhanced parse also hangs on it) nor subjects shared with other clauses, nor conjoined clauses.
     */
    static List<Integer> relativeClause(SentenceView v, int verb) {
        List<Integer> out = new ArrayList<>();
        boolean[] seen = new boolean[v.size()];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(verb));
        seen[verb] = true;
        int antecedent = v.head(verb);
        if (antecedent >= 0) {
            seen[antecedent] = true;
        }
        while (!todo.isEmpty()) {
            int t = todo.poll();
            out.add(t);
            for (Dependency d : v.children(t)) {
                String r = d.relation();
                if (!seen[d.dependent()] && !r.startsWith("nsubj") && !r.equals("ref") && !r.startsWith("conj")) {
                    seen[d.dependent()] = true;
                    todo.add(d.dependent());
                }
            }
        }
        return out;
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
    static int governingVerb(SentenceView v, int i) {
        // A compound event word stands for its noun: "put him on its sanctions list" is put on the list.
        int noun = v.governor(i, "compound");
        int head = noun >= 0 ? noun : i;
        int gov = v.governor(head, "obj");
        String rel = v.relationToHead(head);
        if (gov < 0 && rel.startsWith("obl") && !TEMPORAL.contains(rel.substring(rel.indexOf(':') + 1))) {
            // "after the elections" dates the verb; its subject took no part in them.
            gov = v.head(head);
        }
        if (gov < 0 && v.relationToHead(i).startsWith("nmod") && v.head(i) >= 0) {
            // "won 68 seats in the election": through the noun to the verb it is the object of.
            int h = v.head(i);
            gov = v.relationToHead(h).startsWith("obj") ? v.head(h) : -1;
        }
        return gov >= 0 && v.isVerb(gov) ? gov : -1;
    }
}
