package org.dramatis.extract;

import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;

/**
 * Common nouns that refer back to an actor named before.
 *
 * @param personNouns nouns that refer to a person ("the politician", "the cleric")
 * @param groupNouns nouns that refer to a group ("the movement", "the faction")
 */
record ReferenceWords(Set<String> personNouns, Set<String> groupNouns) {
    static ReferenceWords load(LexiconFiles files) {
        return new ReferenceWords(files.words(Kind.PERSON_NOUNS), files.words(Kind.GROUP_REFERENCES));
    }
}
