package org.dramatis.extract;

import java.io.Serializable;
import org.dramatis.model.ActorType;

/**
 * A mention of an actor in one document. {@code index} is its position in the document's mention list and is what
 * claims point at. {@code source} says who found it: "ner" (CoreNLP) or "pattern" (an extraction rule, e.g. the organization
 * in "head of the intelligence services").
 */
public record ActorMention(int index, String text, ActorType type, int sentence, int begin, int end, String source)
        implements Serializable {
    public ActorMention {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mention " + index + " has no text");
        }
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("mention '" + text + "' has bad offsets " + begin + ".." + end);
        }
    }
}
