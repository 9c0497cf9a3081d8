package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * The words of organizations, groups and a state's bodies.
 *
 * @param orgHeads head words of organizations ("ministry", "brigade")
 * @param orgOpeners words opening an organization's name
 * @param orgBodies state-body phrases, each as its words ("counterterrorism forces")
 * @param bodyConcepts each state-body phrase to the first variant on its line: the concept differently worded mentions share
 * @param partyNouns lowercase nouns closing a party's name ("the Azm alliance")
 * @param groupNouns nouns of armed or political groups
 * @param institutionHeads head nouns of institutions ("ministry", "academy", "channel")
 * @param legislatures words naming a legislature ("parliament", "council of representatives")
 * @param stateBodies last words of a state's own bodies (ministry, treasury, corps): qualified by a state, part of it
 * @param memberNouns nouns that make a person part of a body ("a member of Y", "among its winners")
 * @param controlNouns nouns of command a body operates under ("under the command of Y")
 * @param stateNouns nouns that stand for a state as a whole ("the army of Y", "the state")
 * @param stateOwned things only a state owns ("its army", "its border")
 * @param countryBodies nouns a country owns: a place or one-word person owning one is a country
 * @param nationBodies bodies no person has, unlike "the government of Haddad": a one-word "person" owning one is a state
 * @param foundingWords words that found a group ("form a coalition", "the formation of a coalition")
 */
record BodyWords(Set<String> orgHeads, Set<String> orgOpeners, List<List<String>> orgBodies, Map<String, String> bodyConcepts,
                 Set<String> partyNouns, Set<String> groupNouns, Set<String> institutionHeads, Set<String> legislatures,
                 Set<String> stateBodies, Set<String> memberNouns, Set<String> controlNouns, Set<String> stateNouns,
                 Set<String> stateOwned, Set<String> countryBodies, Set<String> nationBodies, Set<String> foundingWords) {
    BodyWords {
        orgBodies = List.copyOf(orgBodies);
        bodyConcepts = Map.copyOf(bodyConcepts);
    }

    static BodyWords load(LexiconFiles files) {
        List<List<String>> orgBodies = new ArrayList<>();
        Map<String, String> concepts = new HashMap<>();
        for (Line line : files.lines(Kind.ORG_BODIES)) {
            String[] variants = line.cols()[0].toLowerCase(Locale.ROOT).split("\\|");
            for (String body : variants) {
                orgBodies.add(List.of(body.strip().split(" ")));
                concepts.put(body.strip(), variants[0].strip());
            }
        }
        return new BodyWords(files.words(Kind.ORG_HEADS), files.words(Kind.ORG_OPENERS), orgBodies, concepts,
                files.words(Kind.PARTY_NOUNS), files.words(Kind.GROUP_NOUNS), files.words(Kind.INSTITUTION_HEADS),
                files.words(Kind.LEGISLATURES), files.words(Kind.STATE_BODIES), files.words(Kind.MEMBER_NOUNS),
                files.words(Kind.CONTROL_NOUNS), files.words(Kind.STATE_NOUNS), files.words(Kind.STATE_OWNED),
                files.words(Kind.COUNTRY_BODIES), files.words(Kind.NATION_BODIES), files.words(Kind.FOUNDING_WORDS));
    }

    /** The concept of a state-body phrase ("counterterrorism forces" and "anti-terrorist forces" share one), or null. */
    String bodyConcept(String phrase) {
        return bodyConcepts.get(phrase.toLowerCase(Locale.ROOT));
    }
}
