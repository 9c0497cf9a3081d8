package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.clusterOf;
import static org.dramatis.resolve.TestDocs.doc;

import org.junit.jupiter.api.Test;

/**
 * Issue 15's look-alikes inside one article, on invented names: a state's name never joins a person named like it, a
 * body's name with "of" is never a person's, a "Demonym X" is not the "X" the article places elsewhere, and a bare
 * "parliament" is not another state's named legislature.
 */
class StateLookalikeTest {

    @Test
    void cluster_aStateNeverJoinsAPersonWhoseSurnameLooksLikeIt() {
        // The tagger types one "Ostrania" as a person; both spell the state, which shares a key with "al-Ostrani".
        var d = doc(1, "Foreign Minister Talal al-Ostrani will hold talks with Ostrania next week. Al-Ostrani has no family"
                        + " in Ostrania, his office said.",
                "Talal al-Ostrani/PERSON", "Ostrania/PERSON", "Al-Ostrani/PERSON", "Ostrania/LOCATION");
        var minister = clusterOf(d.clusters(), d, "Talal al-Ostrani");
        assertThat(minister.mentions()).containsExactlyInAnyOrder(0, 2);
        assertThat(minister.reasons()).anyMatch(r -> r.contains("written as a place"));
        // A translation's adjective ("the Foreign Velmori") tells that "Velmoria" is a state, whatever its tag.
        var translated = doc(2, "And received the minister the Foreign Velmori Sami Haddad, and said Haddad that Velmoria"
                        + " will not allow attacks.",
                "Velmori/PERSON", "Sami Haddad/PERSON", "Haddad/PERSON", "Velmoria/PERSON");
        assertThat(clusterOf(translated.clusters(), translated, "Sami Haddad").mentions()).doesNotContain(3);
        assertThat(clusterOf(translated.clusters(), translated, "Velmoria").mentions()).doesNotContain(1, 2);
    }

    @Test
    void cluster_aPlaceTaggedWordThatIsThePersonsVerySurnameStillJoins() {
        var d = doc(3, "Judge Farid Tannouri opened the hearing. Tannouri adjourned it to Monday.",
                "Farid Tannouri/PERSON", "Tannouri/LOCATION");
        assertThat(clusterOf(d.clusters(), d, "Farid Tannouri").mentions()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void cluster_aBodysNameWithOfIsNoPersonsFullName() {
        // "Harvania" typed as a person is not a short form of the court's name, which would make the court a person.
        var d = doc(4, "The Supreme Court of Harvania ruled on Monday. Harvania's mountain frontier stays closed.",
                "Supreme Court of Harvania/ORGANIZATION", "Harvania/PERSON");
        assertThat(clusterOf(d.clusters(), d, "Supreme Court of Harvania").mentions()).containsExactly(0);
        assertThat(new PersonShape(TestDocs.KEYS, TestDocs.GLOSSARY, Capitals.load(TestDocs.KEYS), AliasTable.empty())
                .fits("Supreme Court of Harvania", org.dramatis.model.ActorType.ORGANIZATION)).isFalse();
    }

    @Test
    void cluster_aBareParliamentIsNotAnotherStatesNamedLegislature() {
        // A report on Velmora's vote that also names the Ostranian Parliament: "the Parliament" is Velmora's.
        var foreign = doc(7, "The Parliament approved the pact with Ostrania. Velmora said the pact protects Velmora, and"
                        + " Velmora thanked Ostrania. The Ostranian Parliament is expected to ratify it.",
                "Parliament/ORGANIZATION", "Ostrania/COUNTRY", "Velmora/COUNTRY", "Velmora/COUNTRY", "Velmora/COUNTRY",
                "Ostrania/COUNTRY", "Ostranian Parliament/ORGANIZATION");
        assertThat(clusterOf(foreign.clusters(), foreign, "Ostranian Parliament").mentions()).doesNotContain(0);
        // In a report on Ostrania itself, the bare word is its parliament.
        var home = doc(8, "The Parliament approved the pact with Velmora. Ostrania said the pact protects Ostrania, and"
                        + " Ostrania thanked its allies. The Ostranian Parliament met again on Monday.",
                "Parliament/ORGANIZATION", "Velmora/COUNTRY", "Ostrania/COUNTRY", "Ostrania/COUNTRY", "Ostrania/COUNTRY",
                "Ostranian Parliament/ORGANIZATION");
        assertThat(clusterOf(home.clusters(), home, "Ostranian Parliament").mentions()).contains(0);
    }

    @Test
    void cluster_aDemonymsPartyIsNotTheSameNamedPartyTheArticlePlacesElsewhere() {
        var apart = doc(5, "The Velmoran Labour Party sits in opposition in Velmora. The Labour Party in Ostrava is a small"
                        + " partner in the ruling coalition of Ostrania.",
                "Velmoran Labour Party/ORGANIZATION", "Velmora/LOCATION", "Labour Party/ORGANIZATION", "Ostrava/LOCATION",
                "Ostrania/LOCATION");
        assertThat(clusterOf(apart.clusters(), apart, "Velmoran Labour Party").mentions()).doesNotContain(2);
        // Without another place, the short form refers back to the party named in full.
        var same = doc(6, "The Velmoran Labour Party sits in opposition in Velmora. The Labour Party said it would vote"
                        + " against the budget.",
                "Velmoran Labour Party/ORGANIZATION", "Velmora/LOCATION", "Labour Party/ORGANIZATION");
        assertThat(clusterOf(same.clusters(), same, "Velmoran Labour Party").mentions()).contains(2);
    }
}
