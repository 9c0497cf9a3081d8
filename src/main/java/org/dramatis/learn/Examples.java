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
 * event's sentence labelled with its role in the event (src, tgt, oth, place or none).
 */
final class Examples {
    static final String NONE = "NONE";
    final List<LinearClassifier.Example> triggers = new ArrayList<>();
    final List<LinearClassifier.Example> modalities = new ArrayList<>();
    final List<LinearClassifier.Example> arguments = new ArrayList<>();
    int unplacedTriggers;

    void add(Annotated gold, AnnotatedDocument doc) {
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
            modalities.add(new LinearClassifier.Example(EventFeatures.modality(p, head), e.mod().name().toLowerCase(Locale.ROOT)));
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
        for (Sentence s : doc.sentences()) {
            Parse p = new Parse(s);
            for (int i = 0; i < p.size(); i++) {
                Annotated.Event e = byToken.get(s.index() + ":" + i);
                if (e == null && !EventFeatures.candidate(p, i)) {
                    continue;
                }
                triggers.add(new LinearClassifier.Example(EventFeatures.trigger(p, i), e == null ? NONE : e.type().name()));
            }
        }
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
