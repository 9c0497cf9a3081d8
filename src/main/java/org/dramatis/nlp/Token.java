package org.dramatis.nlp;

import java.io.Serializable;

/**
 * One token. {@code index} is 0-based within its sentence; offsets are character offsets in the document text.
 * {@code ner} is CoreNLP's fine NER tag ("O" when none); {@code normalizedNer} is SUTime's value for dates ("2020-05-07", "2016", "XXXX-06-25").
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalizedNer, int begin, int end)
        implements Serializable {
    public Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("token '" + word + "' has bad offsets " + begin + ".." + end);
        }
    }
}
