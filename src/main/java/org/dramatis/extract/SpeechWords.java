package org.dramatis.extract;

import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;

/**
 * The words of speech: who says a claim, and how sure it is.
 *
 * @param saidForms speech verbs as written right after a name ("Haddad said"): the name speaks, so it is no place
 * @param speechVerbs verbs of speech (lemmas): the subject of one a claim is reported under is the claim's source
 * @param speechActs verbs only an actor does (lemmas): the subject of one is a person or body
 * @param denialVerbs verbs of denial: a claim in their complement is denied
 * @param allegationVerbs verbs of allegation or opinion: a claim in their complement is alleged
 * @param hedgeAdverbs adverbs that hedge a claim ("reportedly")
 */
record SpeechWords(Set<String> saidForms, Set<String> speechVerbs, Set<String> speechActs, Set<String> denialVerbs,
                   Set<String> allegationVerbs, Set<String> hedgeAdverbs) {
    static SpeechWords load(LexiconFiles files) {
        return new SpeechWords(files.words(Kind.SAID_FORMS), files.words(Kind.SPEECH_VERBS), files.words(Kind.SPEECH_ACTS),
                files.words(Kind.DENIAL_VERBS), files.words(Kind.ALLEGATION_VERBS), files.words(Kind.HEDGE_ADVERBS));
    }
}
