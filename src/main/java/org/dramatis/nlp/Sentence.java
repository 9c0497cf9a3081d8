package org.dramatis.nlp;

import java.io.Serializable;
import java.util.List;

/** One sentence with its tokens, its entity mentions and (when parsed) its dependencies. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<EntityMention> mentions,
                       List<Dependency> dependencies) implements Serializable {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dependencies = List.copyOf(dependencies);
    }
}
