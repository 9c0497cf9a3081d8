package org.dramatis.extract;

import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;

/**
 * The words that tell whether a number is a date and when it lies.
 *
 * @param numberedNouns nouns a number next to them names rather than dates ("resolution 1701", "Vision 2030")
 * @param futureMarkers words that put a date ahead of the writing ("will be held in", "is scheduled for")
 */
record DateWords(Set<String> numberedNouns, Set<String> futureMarkers) {
    static DateWords load(LexiconFiles files) {
        return new DateWords(files.words(Kind.NUMBERED_NOUNS), files.words(Kind.FUTURE_MARKERS));
    }
}
