package org.dramatis.learn;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.graph.VerdictQueries.Verdict;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * Training examples from the analysts' verdicts: a confirmed event's trigger word is labelled with its type and a
 * rejected one with NONE; a confirmed fact's two mentions with its kind and direction and a rejected one's with none.
 * So the models learn from their users what they got right and wrong, on the users' own articles.
 */
final class VerdictExamples {
    /** CoreNLP's reading of a stored document's text (cached by the trainer). */
    interface Annotator {
        AnnotatedDocument annotate(String text) throws IOException;
    }

    private VerdictExamples() {
    }

    /** Adds one example per usable verdict to {@code ex}; returns how many were used. */
    static int add(Examples ex, List<Verdict> verdicts, Annotator nlp) throws IOException {
        Map<Long, AnnotatedDocument> docs = new HashMap<>();
        int used = 0;
        for (Verdict v : verdicts) {
            AnnotatedDocument doc = docs.get(v.documentId());
            if (doc == null) {
                doc = nlp.annotate(v.text());
                docs.put(v.documentId(), doc);
            }
            if (v.sentence() < 0 || v.sentence() >= doc.sentences().size()) {
                continue;
            }
            boolean ok = v.event() ? event(ex, doc, doc.sentences().get(v.sentence()), v) : fact(ex, doc, v);
            used += ok ? 1 : 0;
        }
        return used;
    }

    private static boolean event(Examples ex, AnnotatedDocument doc, Sentence s, Verdict v) {
        String first = v.trigger().strip().split("\\s+")[0];
        Parse p = new Parse(s);
        for (int i = 0; i < p.size(); i++) {
            if (p.token(i).word().equals(first)) {
                ex.triggers.add(new LinearClassifier.Example(EventFeatures.trigger(p, i), ex.encodings.apply(doc).at(s, i),
                        v.confirmed() ? v.label() : Examples.NONE));
                return true;
            }
        }
        return false;
    }

    private static boolean fact(Examples ex, AnnotatedDocument doc, Verdict v) {
        int[] s = Examples.tokens(doc, v.subjectBegin(), v.subjectEnd());
        int[] o = Examples.tokens(doc, v.objectBegin(), v.objectEnd());
        if (s == null || o == null || s[0] != o[0] || s[1] == o[1]) {
            return false;
        }
        boolean subjectFirst = s[1] < o[1];
        int[] a = subjectFirst ? s : o;
        int[] b = subjectFirst ? o : s;
        if (b[1] < a[2]) {
            return false;
        }
        String label = !v.confirmed() ? RelationModel.NONE : org.dramatis.model.FactKind.find(v.label())
                .map(k -> RelationModel.label(k, subjectFirst))
                .orElse(v.label().toLowerCase(Locale.ROOT) + (subjectFirst ? ">" : "<"));
        String typeA = label(subjectFirst ? v.subjectType() : v.objectType());
        String typeB = label(subjectFirst ? v.objectType() : v.subjectType());
        Parse p = new Parse(doc.sentences().get(a[0]));
        ex.addRelation(p, a, b, typeA, typeB, doc, label);
        return true;
    }

    private static String label(String storedType) {
        try {
            return ActorType.valueOf(storedType).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "?";
        }
    }
}
