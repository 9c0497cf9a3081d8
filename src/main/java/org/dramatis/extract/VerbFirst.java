package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.Sentence;

/**
 * Clauses in the order of a word-for-word translation from Arabic, verb before subject: "And said Hadi Al-Ameri that
 * ...", "Voted the Council of Representatives on the acceptance of ...", "And received the Minister X yesterday the
 * ambassador". The parser reads the subject as the verb's object; this gives it back its place. A finite verb opening
 * the sentence (after "and", an auxiliary or an adverb at most) with no subject of its own takes its first noun object
 * as subject; a second object stays the object. English puts no finite verb first without a subject, so ordinary
 * sentences are left as they are.
 */
final class VerbFirst {
    /** Parts of speech of a finite (or participle) verb; a bare "VB" opening a sentence is an imperative. */
    private static final Set<String> FINITE = Set.of("VBD", "VBN", "VBZ", "VBP");
    /** What may stand before the verb: "And", "And had", "And also", "Then". */
    private static final Set<String> BEFORE = Set.of("cc", "aux", "advmod", "punct");
    private static final int MAX_BEFORE = 3;

    private VerbFirst() {
    }

    /** The sentence's dependencies with a verb-first clause's subject restored; the same list when there is none. */
    static List<Dependency> repair(Sentence s) {
        List<Dependency> deps = s.dependencies();
        int root = -1;
        for (Dependency d : deps) {
            if (d.relation().equals("root")) {
                root = d.dependent();
            }
        }
        if (root < 0 || root > MAX_BEFORE || !FINITE.contains(s.tokens().get(root).pos())) {
            return deps;
        }
        int subject = -1;
        for (Dependency d : deps) {
            String r = d.relation();
            if (d.governor() == root && (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("expl"))) {
                return deps;
            }
            if (d.governor() == root && d.dependent() < root && !BEFORE.contains(r)) {
                return deps;
            }
            boolean object = d.governor() == root && (r.equals("obj") || r.equals("iobj")) && d.dependent() > root;
            if (object && s.tokens().get(d.dependent()).pos().startsWith("NN") && (subject < 0 || d.dependent() < subject)) {
                subject = d.dependent();
            }
        }
        if (subject < 0) {
            return deps;
        }
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            boolean moved = d.dependent() == subject && d.governor() == root
                    && (d.relation().equals("obj") || d.relation().equals("iobj"));
            out.add(moved ? new Dependency("nsubj", d.governor(), d.dependent()) : d);
        }
        return out;
    }
}
