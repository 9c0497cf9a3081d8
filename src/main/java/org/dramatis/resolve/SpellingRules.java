package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/** British-to-American suffix rules ({@code british<TAB>american}), so both spellings of a word key alike. */
final class SpellingRules {
    private final List<String[]> rules;

    /** Parses the lines of the {@code spelling.tsv} files (two columns, checked by {@link LexiconFiles}). */
    SpellingRules(LexiconFiles files) {
        List<String[]> parsed = new ArrayList<>();
        for (Line line : files.lines(Kind.SPELLING)) {
            String[] cols = line.cols();
            parsed.add(new String[] {cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip().toLowerCase(Locale.ROOT)});
        }
        parsed.sort(Comparator.comparingInt((String[] s) -> s[0].length()).reversed());
        this.rules = List.copyOf(parsed);
    }

    /** The word with the longest matching British suffix replaced, if the word is at least three letters longer. */
    String american(String word) {
        for (String[] rule : rules) {
            if (word.endsWith(rule[0]) && word.length() >= rule[0].length() + 3) {
                return word.substring(0, word.length() - rule[0].length()) + rule[1];
            }
        }
        return word;
    }
}
