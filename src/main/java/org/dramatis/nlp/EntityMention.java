package org.dramatis.nlp;

import java.io.Serializable;

/**
 * A named-entity mention as CoreNLP found it: surface text, coarse-or-fine tag (PERSON, ORGANIZATION, COUNTRY, CITY, DATE, TITLE, ...),
 * document character offsets, token span within its sentence [tokenBegin, tokenEnd), and SUTime's normalized value for temporal tags.
 */
public record EntityMention(String text, String tag, int begin, int end, int tokenBegin, int tokenEnd, String normalized)
        implements Serializable {
}
