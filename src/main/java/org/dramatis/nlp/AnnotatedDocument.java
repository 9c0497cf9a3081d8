package org.dramatis.nlp;

import java.io.Serializable;
import java.util.List;

/** A document after NLP: its text and sentences. Offsets in every nested record index into {@code text}. */
public record AnnotatedDocument(String text, List<Sentence> sentences) implements Serializable {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
