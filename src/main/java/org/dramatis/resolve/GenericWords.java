package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.Line;

/** Keys of the words that never identify an actor alone ({@code dramatis/lexicon/generic-words.txt}). */
final class GenericWords {
    private final Set<String> keys = new HashSet<>();

    GenericWords(NameKeys nameKeys) {
        for (Line line : nameKeys.files().lines(Kind.GENERIC_WORDS)) {
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
