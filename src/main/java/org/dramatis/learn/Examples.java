package org.dramatis.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.Span;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Training examples from one annotated article and CoreNLP's annotation of the same text: every candidate word
 * labelled with the event type it triggers (or NONE), every gold event's modality, and every gold mention in an
 * event's sentence labelled with its role in the event (src, tgt, oth, place or none). Trigger and modality examples
 * carry the sentence encoder's vectors when the examples are made with an encoder.
 */
final class Examples {
    static final String NONE = "NONE";
    final List<LinearClassifier.Example> triggers = new ArrayList<>();
    final List<LinearClassifier.Example> modalities = new ArrayList<>();
    final List<LinearClassifier.Example> arguments = new ArrayList<>();
    final List<LinearClassifier.Example> relations = new ArrayList<>();
    /** Where each article's relation examples begin in {@link #relations}, for cross-validation by article. */
    final List<Integer> relationStarts = new ArrayList<>();
    int unplacedTriggers;
    /** Each document's reading by the sentence encoder (vectors are null without one). */
    final java.util.function.Function<AnnotatedDocument, Encodings> encodings;
    /** Whether relation examples carry the encoder's pair vectors (trigger and modality examples always do). */
    final boolean relationVectors;

    /** Examples with sparse features only. */
    Examples() {
        this(doc -> new Encodings(null), false);
    }

    Examples(java.util.function.Function<AnnotatedDocument, Encodings> encodings, boolean relationVectors) {
        this.encodings = encodings;
        this.relationVectors = relationVectors;
    }

    void add(Annotated gold, AnnotatedDocument doc) {
        Encodings enc = encodings.apply(doc);
        Map<String, Annotated.Event> byToken = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        gold.entities().forEach(e -> types.put(e.id(), e.type().goldType()));
        for (Annotated.Event e : gold.events()) {
            int[] at = tokens(doc, e.trigger());
            if (at == null) {
                unplacedTriggers++;
                continue;
            }
            Parse p = new Parse(doc.sentences().get(at[0]));
            int head = p.headOf(at[1], at[2]);
            byToken.putIfAbsent(at[0] + ":" + head, e);
            modalities.add(new LinearClassifier.Example(EventFeatures.modality(p, head), enc.at(p.sentence, head),
                    e.mod().name().toLowerCase(Locale.ROOT)));
            for (Annotated.Mention m : gold.mentions()) {
                int[] mt = tokens(doc, m.span());
                if (mt == null || mt[0] != at[0]) {
                    continue;
                }
                int mh = p.headOf(mt[1], mt[2]);
                if (mh == head) {
                    continue;
                }
                String role = e.src().contains(m.entity()) ? "src" : e.tgt().contains(m.entity()) ? "tgt"
                        : e.oth().contains(m.entity()) ? "oth" : m.entity().equals(e.place()) ? "place" : "none";
                arguments.add(new LinearClassifier.Example(
                        EventFeatures.argument(p, head, mh, types.getOrDefault(m.entity(), "?"), e.type().name()), role));
            }
        }
        addRelations(gold, doc);
        for (Sentence s : doc.sentences()) {
            Parse p = new Parse(s);
            for (int i = 0; i < p.size(); i++) {
                Annotated.Event e = byToken.get(s.index() + ":" + i);
                if (e == null && !EventFeatures.candidate(p, i)) {
                    continue;
                }
                triggers.add(new LinearClassifier.Example(EventFeatures.trigger(p, i), enc.at(s, i),
                        e == null ? NONE : e.type().name()));
            }
        }
    }

    /**
     * Every pair of gold mentions of two different entities in one sentence, labelled with the relation a fact asserts
     * or alleges between them in that sentence ("kind>" when the first is the subject, "kind<" when the second is, see
     * {@link RelationModel#label}), or "none".
     */
    void addRelations(Annotated gold, AnnotatedDocument doc) {
        relationStarts.add(relations.size());
        Map<String, String> types = new HashMap<>();
        gold.entities().forEach(e -> types.put(e.id(), e.type().goldType()));
        Map<String, String> stated = new HashMap<>();
        for (Annotated.Fact f : gold.facts()) {
            int[] at = tokens(doc, f.evidence());
            if (at == null || f.o() == null || !(f.mod().name().equals("ASSERTED") || f.mod().name().equals("ALLEGED"))) {
                continue;
            }
            stated.putIfAbsent(at[0] + "|" + f.s() + "|" + f.o(), RelationModel.label(f.rel(), true));
            stated.putIfAbsent(at[0] + "|" + f.o() + "|" + f.s(), RelationModel.label(f.rel(), false));
        }
        // Sentences in order: the examples' order, and so the solver's rounding, never depends on hashing.
        Map<Integer, List<Object[]>> bySentence = new java.util.TreeMap<>();
        for (Annotated.Mention m : gold.mentions()) {
            int[] at = tokens(doc, m.span());
            if (at != null) {
                bySentence.computeIfAbsent(at[0], k -> new ArrayList<>()).add(new Object[] {m.entity(), at});
            }
        }
        bySentence.forEach((sentence, in) -> {
            in.sort(java.util.Comparator.comparingInt(o -> ((int[]) o[1])[1]));
            Parse p = new Parse(doc.sentences().get(sentence));
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    String ea = (String) in.get(i)[0];
                    String eb = (String) in.get(j)[0];
                    int[] a = (int[]) in.get(i)[1];
                    int[] b = (int[]) in.get(j)[1];
                    if (ea.equals(eb) || b[1] < a[2]) {
                        continue;
                    }
                    String label = stated.getOrDefault(sentence + "|" + ea + "|" + eb, RelationModel.NONE);
                    addRelation(p, a, b, types.getOrDefault(ea, "?"), types.getOrDefault(eb, "?"), doc, label);
                }
            }
        });
    }

    /**
     * A relation example for mentions {@code a} before {@code b} ({sentence, first token, end token}) of parse
     * {@code p}, with the encoder's pair vector when relation examples take one.
     */
    void addRelation(Parse p, int[] a, int[] b, String typeA, String typeB, AnnotatedDocument doc, String label) {
        relations.add(new LinearClassifier.Example(RelationFeatures.pair(p, p.headOf(a[1], a[2]), p.headOf(b[1], b[2]),
                a[2], b[1], typeA, typeB), relationVectors ? encodings.apply(doc).pair(p.sentence, a[1], a[2], b[1], b[2])
                : null, label));
    }

    /** The sentence and token range {@code [begin, end)} of a character span, or null when it falls between tokens. */
    static int[] tokens(AnnotatedDocument doc, Span span) {
        return tokens(doc, span.start(), span.end());
    }

    static int[] tokens(AnnotatedDocument doc, int start, int end) {
        for (Sentence s : doc.sentences()) {
            if (start < s.begin() || start >= s.end()) {
                continue;
            }
            int b = -1;
            int e = -1;
            for (Token t : s.tokens()) {
                if (t.end() > start && t.begin() < end) {
                    if (b < 0) {
                        b = t.index();
                    }
                    e = t.index() + 1;
                }
            }
            return b < 0 ? null : new int[] {s.index(), b, e};
        }
        return null;
    }
}
