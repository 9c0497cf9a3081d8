package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keys of the words that never identify an actor alone ({@code dramatis/resolve/generic-words.txt}). */
final class GenericWords {
    private final Set<String> keys = new HashSet<>();

    GenericWords(NameKeys nameKeys) {
        for (DataFiles.Line line : DataFiles.resource("generic-words.txt")) {
            keys.addAll(nameKeys.tokens(line.text().strip()));
        }
    }

    boolean isGeneric(String tokenKey) {
        return keys.contains(tokenKey);
    }

    /** Whether every token of a name is generic ("the Ministry", "Supreme Council"). */
    boolean allGeneric(List<String> tokens) {
        return tokens.stream().allMatch(keys::contains);
    }
}
