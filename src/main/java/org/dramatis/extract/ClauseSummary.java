package org.dramatis.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * An event's one-line summary read from its clause in the parse ("Counter-terrorism troops raided a militia site south of
 * the capital"), not a list of its participants' names.
 *
 * <p>The clause is the trigger's verb with its subject, objects and obliques; a noun trigger ("the raid on the depot") is
 * summarised by the clause of the verb it is the object of when that verb's subject is the event's actor ("the army
 * carried out a raid on the depot"), else by its own noun phrase. Other clauses hanging off the verb (conjoined verbs,
 * adverbial and relative clauses, parentheticals, appositions) are left out: they tell other things. A pronoun subject is
 * replaced by the actor's name. A clause longer than {@value #MAX_TOKENS} tokens first loses its clausal complements and
 * deeper modifiers, then is cut with an ellipsis. Only the parse's relation names are read: no word lists.
 */
public final class ClauseSummary {
    static final int MAX_TOKENS = 28;

    private ClauseSummary() {
    }

    /**
     * The summary of the event whose trigger is token {@code trigger} of {@code s}, or null when the parse gives no
     * clause of at least two words (the caller keeps its own summary then).
     *
     * @param actor the event's actor (its name and where the mention stands in the document), or null
     */
    public static String of(Sentence s, int trigger, Actor actor) {
        if (trigger < 0 || trigger >= s.tokens().size()) {
            return null;
        }
        Graph g = new Graph(s);
        int head = head(g, s, trigger, actor);
        BitSet keep = clause(g, head, false);
        if (keep.cardinality() > MAX_TOKENS) {
            keep = clause(g, head, true);
        }
        addSubject(g, head, keep);
        if (keep.cardinality() < 2) {
            return null;
        }
        return render(s, keep, subjectPronoun(g, s, head, keep), actor);
    }

    /** The clause head: the trigger, or for a noun trigger the verb it is the object of when the actor is that verb's subject. */
    private static int head(Graph g, Sentence s, int trigger, Actor actor) {
        if (isVerb(s.tokens().get(trigger)) || actor == null) {
            return trigger;
        }
        for (Dependency d : g.parents.get(trigger)) {
            String r = d.relation();
            if ((r.equals("obj") || r.startsWith("nsubj:pass")) && d.governor() >= 0 && isVerb(s.tokens().get(d.governor()))) {
                int subject = g.child(d.governor(), "nsubj");
                if (subject >= 0 && covers(s, subtree(g, subject), actor)) {
                    return d.governor();
                }
            }
        }
        return trigger;
    }

    private static boolean isVerb(Token t) {
        return t.pos().startsWith("VB");
    }

    private static boolean covers(Sentence s, BitSet tokens, Actor m) {
        for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
            Token t = s.tokens().get(i);
            if (t.begin() < m.end() && t.end() > m.begin()) {
                return true;
            }
        }
        return false;
    }

    /** Relations that never belong to the clause: other clauses, parentheticals, punctuation, enhanced back-references. */
    private static boolean outside(String r, boolean atHead) {
        return r.equals("punct") || r.startsWith("parataxis") || r.startsWith("advcl") || r.startsWith("acl:relcl")
                || r.equals("appos") || r.equals("discourse") || r.equals("vocative") || r.equals("ref") || r.equals("dep")
                || r.equals("mark") || (atHead && (r.startsWith("conj") || r.equals("cc")));
    }

    /** Relations a long clause gives up: what was said or wanted, and modifiers below the first level. */
    private static boolean optional(String r, int depth) {
        return r.startsWith("ccomp") || r.startsWith("acl") || (depth >= 1 && (r.startsWith("nmod") || r.startsWith("obl")
                || r.startsWith("conj") || r.equals("cc")));
    }

    private static BitSet clause(Graph g, int head, boolean shortened) {
        BitSet keep = new BitSet();
        keep.set(head);
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {head, 0});
        while (!todo.isEmpty()) {
            int[] at = todo.pop();
            for (Dependency d : g.children.get(at[0])) {
                int c = d.dependent();
                String r = d.relation();
                if (keep.get(c) || outside(r, at[0] == head) || (shortened && optional(r, at[1]))) {
                    continue;
                }
                keep.set(c);
                todo.push(new int[] {c, at[1] + 1});
            }
        }
        return keep;
    }

    /** A verb that shares its subject with a conjunct or a governing verb ("...and arrested two men") gets that subject. */
    private static void addSubject(Graph g, int head, BitSet keep) {
        if (g.child(head, "nsubj") >= 0 || g.child(head, "nsubj:pass") >= 0) {
            return;
        }
        for (Dependency d : g.parents.get(head)) {
            if ((d.relation().startsWith("conj") || d.relation().equals("xcomp")) && d.governor() >= 0) {
                int subject = g.child(d.governor(), "nsubj");
                if (subject >= 0 && subject < head) {
                    keep.or(subtree(g, subject));
                    return;
                }
            }
        }
    }

    /** The subject token when the clause's subject is a lone personal pronoun ("he", "they"), else -1. */
    private static int subjectPronoun(Graph g, Sentence s, int head, BitSet keep) {
        int subject = g.child(head, "nsubj");
        if (subject < 0) {
            return -1;
        }
        boolean lone = subtree(g, subject).cardinality() == 1;
        return lone && keep.get(subject) && s.tokens().get(subject).pos().equals("PRP") ? subject : -1;
    }

    private static BitSet subtree(Graph g, int root) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        seen.set(root);
        while (!todo.isEmpty()) {
            for (Dependency d : g.children.get(todo.pop())) {
                if (!seen.get(d.dependent()) && !outside(d.relation(), false)) {
                    seen.set(d.dependent());
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    /** The kept tokens in text order, with the article's own spacing between neighbours and a space across gaps. */
    private static String render(Sentence s, BitSet keep, int pronoun, Actor actor) {
        List<Token> tokens = s.tokens();
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        int count = 0;
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            if (count == MAX_TOKENS) {
                sb.append(" …");
                break;
            }
            Token t = tokens.get(i);
            if (previous >= 0) {
                Token p = tokens.get(previous);
                boolean adjacent = previous == i - 1 && t.begin() >= p.end() && t.begin() - s.begin() <= s.text().length();
                sb.append(adjacent ? s.text().substring(p.end() - s.begin(), t.begin() - s.begin()) : " ");
            }
            sb.append(i == pronoun && actor != null ? actor.name() : s.text().substring(t.begin() - s.begin(), t.end() - s.begin()));
            previous = i;
            count++;
        }
        String out = sb.toString().replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? null : out;
    }

    /** Children and parents of each token in the sentence's (enhanced) dependency graph. */
    private static final class Graph {
        final List<List<Dependency>> children = new ArrayList<>();
        final List<List<Dependency>> parents = new ArrayList<>();

        Graph(Sentence s) {
            int n = s.tokens().size();
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>(2));
                parents.add(new ArrayList<>(1));
            }
            for (Dependency d : s.dependencies()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    parents.get(d.dependent()).add(d);
                    if (d.governor() >= 0 && d.governor() < n) {
                        children.get(d.governor()).add(d);
                    }
                }
            }
        }

        int child(int token, String relation) {
            for (Dependency d : children.get(token)) {
                if (d.relation().equals(relation)) {
                    return d.dependent();
                }
            }
            return -1;
        }
    }

    /** An event's actor as the summary needs it: the name to put for a pronoun, and the mention's character span. */
    public record Actor(String name, int begin, int end) {
    }

    /** The first participant in the role "actor" of {@code parts} (mention index → role), looked up by {@code mention}. */
    public static Actor actorOf(Map<Integer, String> parts, IntFunction<Actor> mention) {
        for (Map.Entry<Integer, String> e : parts.entrySet()) {
            if (e.getValue().equals("actor") && e.getKey() >= 0) {
                return mention.apply(e.getKey());
            }
        }
        return null;
    }
}
