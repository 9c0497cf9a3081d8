package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.clusterOf;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import java.util.Map;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

class DocumentClustererTest {

    @Test
    void cluster_bindsSurnameAndArticleFormsToTheFullName() {
        var d = doc(1, "Omar al-Nadhimi met reporters. Nadhimi said the talks failed, and al-Nadhimi left early.",
                "Omar al-Nadhimi/PERSON", "Nadhimi/PERSON", "al-Nadhimi/PERSON");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).name()).isEqualTo("Omar al-Nadhimi");
        assertThat(clusters.get(0).names()).containsExactly("Omar al-Nadhimi", "Nadhimi", "al-Nadhimi");
        assertThat(clusters.get(0).reasons()).isNotEmpty();
    }

    @Test
    void cluster_bindsShortFormToALaterFullName() {
        var d = doc(1, "Nazemi arrived first. Later Omar al-Nadhimi spoke.", "Nazemi/PERSON", "Omar al-Nadhimi/PERSON");
        assertThat(d.clusters()).hasSize(1);
    }

    @Test
    void cluster_leavesAmbiguousSurnameUnbound() {
        var d = doc(1, "Salim al-Harbawi and Tariq al-Harbawi met. Al-Harbawi later denied it.",
                "Salim al-Harbawi/PERSON", "Tariq al-Harbawi/PERSON", "Al-Harbawi/PERSON");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(3);
        assertThat(clusterOf(clusters, d, "Al-Harbawi").mentions()).hasSize(1);
    }

    @Test
    void cluster_stripsHonorificsBeforeMatching() {
        var d = doc(1, "Sheikh Omar al-Nadhimi spoke. Lieutenant General Omar Nazemi agreed.",
                "Sheikh Omar al-Nadhimi/PERSON", "Lieutenant General Omar Nazemi/PERSON");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).name()).isIn("Omar al-Nadhimi", "Omar Nazemi");
    }

    @Test
    void cluster_bindsAcronymDefinedInParentheses() {
        var d = doc(1, "The Victory Front Alliance (VFA) won. Later the VFA split.",
                "Victory Front Alliance/ORGANIZATION", "VFA/ORGANIZATION", "VFA/ORGANIZATION");
        assertThat(d.clusters()).hasSize(1);
        assertThat(d.clusters().get(0).name()).isEqualTo("Victory Front Alliance");
    }

    @Test
    void cluster_bindsAcronymDefinedWithOr() {
        var d = doc(1, "Fighters of the Northern Shield Corps, or NSC, withdrew. NSC denied losses.",
                "Northern Shield Corps/ORGANIZATION", "NSC/ORGANIZATION", "NSC/ORGANIZATION");
        assertThat(d.clusters()).hasSize(1);
    }

    @Test
    void cluster_bindsAppositionsWithOrKnownAsAlsoCalled() {
        var d = doc(1, "Saraya al-Nour, or Light Companies, paraded. The Jaysh al-Rafidain, also known as Twin Rivers Army, "
                        + "did not. Harakat Zulfiqar, also called the Blade Movement, stayed away.",
                "Saraya al-Nour/ORGANIZATION", "Light Companies/ORGANIZATION", "Jaysh al-Rafidain/ORGANIZATION",
                "Twin Rivers Army/ORGANIZATION", "Harakat Zulfiqar/ORGANIZATION", "Blade Movement/ORGANIZATION");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(3);
        assertThat(clusterOf(clusters, d, "Light Companies").names()).contains("Saraya al-Nour");
        assertThat(clusterOf(clusters, d, "Twin Rivers Army").names()).contains("Jaysh al-Rafidain");
        assertThat(clusterOf(clusters, d, "Blade Movement").names()).contains("Harakat Zulfiqar");
    }

    @Test
    void cluster_keepsPlainDisjunctionApart() {
        var d = doc(1, "Either Omar Nazemi or Karim Fadil will lead.", "Omar Nazemi/PERSON", "Karim Fadil/PERSON");
        assertThat(d.clusters()).hasSize(2);
    }

    @Test
    void cluster_joinsGlossaryTranslations() {
        var d = doc(1, "Kataib al-Nasr claimed the attack. The Victory Brigades had warned of it.",
                "Kataib al-Nasr/ORGANIZATION", "Victory Brigades/ORGANIZATION");
        assertThat(d.clusters()).hasSize(1);
        assertThat(d.clusters().get(0).reasons()).anyMatch(r -> r.startsWith("glossary"));
    }

    @Test
    void cluster_bindsOrganizationShortFormWithoutGenericHead() {
        var d = doc(1, "The Nahrawan Alliance met. Nahrawan then voted.", "Nahrawan Alliance/ORGANIZATION", "Nahrawan/ORGANIZATION");
        assertThat(d.clusters()).hasSize(1);
    }

    @Test
    void cluster_neverJoinsPersonAndOrganization() {
        var d = doc(1, "Karim Nahrawan founded the Nahrawan Alliance. Nahrawan spoke.",
                "Karim Nahrawan/PERSON", "Nahrawan Alliance/ORGANIZATION", "Nahrawan/PERSON");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(2);
        assertThat(clusterOf(clusters, d, "Nahrawan").type()).isEqualTo(ActorType.PERSON);
        assertThat(clusterOf(clusters, d, "Nahrawan").names()).contains("Karim Nahrawan");
    }

    @Test
    void cluster_joinsCountryAndLocationOfTheSameName() {
        var d = doc(1, "Valdoria sent troops. Fighting in Valdoria continued.", "Valdoria/COUNTRY", "Valdoria/LOCATION");
        assertThat(d.clusters()).singleElement().extracting(LocalCluster::type).isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void cluster_keepsListsOfPlacesApart() {
        var d = doc(1, "Talks between Valdoria, Ostmark, and Sorvia stalled.", "Valdoria/COUNTRY", "Ostmark/COUNTRY", "Sorvia/COUNTRY");
        assertThat(d.clusters()).hasSize(3);
    }

    @Test
    void cluster_retypesANameWithAnOrganizationHeadWord() {
        var d = doc(1, "Fighters of Jabhat al-Sumud crossed the river.", "Jabhat al-Sumud/LOCATION");
        assertThat(d.clusters()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ActorType.ORGANIZATION);
            assertThat(c.reasons()).anyMatch(r -> r.contains("organization head word"));
        });
    }

    @Test
    void cluster_bindsABareHeadWordToTheOnlyEarlierOrganizationWithIt() {
        var d = doc(1, "Saraya al-Fajr denied the raid. A spokesman of the Saraya said the Coalition of Patience agreed,"
                        + " and the head of the Coalition confirmed it.",
                "Saraya al-Fajr/PERSON", "Saraya/LOCATION", "Coalition of Patience/ORGANIZATION", "Coalition/ORGANIZATION");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).hasSize(2);
        assertThat(clusterOf(clusters, d, "Saraya").names()).containsExactly("Saraya al-Fajr", "Saraya");
        assertThat(clusterOf(clusters, d, "Saraya").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(clusterOf(clusters, d, "Coalition").names()).containsExactly("Coalition of Patience", "Coalition");
    }

    @Test
    void cluster_neverBindsAStatesNameAsAHeadWordItsConsonantsSpell() {
        // "Syria" and the glossary's "saraya" (companies) share the skeleton "sri".
        var d = doc(1, "Hevrin Khalaf led the Future Syria Party. Turkey struck Syria.", "Hevrin Khalaf/PERSON",
                "Future Syria Party/ORGANIZATION", "Turkey/COUNTRY", "Syria/COUNTRY");
        assertThat(clusterOf(d.clusters(), d, "Future Syria Party").mentions()).containsExactly(1);
        var group = doc(2, "Saraya al-Fath fired. The Saraya withdrew.", "Saraya al-Fath/ORGANIZATION", "Saraya/LOCATION");
        assertThat(group.clusters()).hasSize(1);
    }

    @Test
    void cluster_leavesABareHeadWordAloneWhenTwoOrganizationsHaveIt() {
        var d = doc(1, "Kataib al-Fajr and Kataib al-Nour met. The Kataib left.",
                "Kataib al-Fajr/ORGANIZATION", "Kataib al-Nour/ORGANIZATION", "Kataib/ORGANIZATION");
        assertThat(d.clusters()).hasSize(3);
    }

    @Test
    void cluster_joinsAOneWordNameTaggedAsPersonToItsPlaceReading() {
        var d = doc(1, "Veltoria sent troops. Veltoria denied it.", "Veltoria/LOCATION", "Veltoria/PERSON");
        assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ActorType.LOCATION));
        var withPerson = doc(2, "Veltoria sent troops. Omar Veltoria denied it, and Veltoria resigned.",
                "Veltoria/LOCATION", "Omar Veltoria/PERSON", "Veltoria/PERSON");
        assertThat(clusterOf(withPerson.clusters(), withPerson, "Omar Veltoria").mentions()).hasSize(2);
    }

    @Test
    void cluster_readsACapitalWithAPoliticalCueAsItsState() {
        var d = doc(1, "Russia sent envoys. The minister held talks with Moscow and Ankara, then pro-Moscow fighters"
                        + " marched in Moscow.",
                "Russia/COUNTRY", "Moscow/LOCATION", "Ankara/LOCATION", "Moscow/LOCATION", "Moscow/LOCATION");
        List<LocalCluster> clusters = d.clusters();
        LocalCluster russia = clusterOf(clusters, d, "Russia");
        assertThat(russia.mentions()).containsExactly(0, 1, 3);
        assertThat(russia.reasons()).anyMatch(r -> r.contains("capital 'Moscow' stands for its government"));
        LocalCluster turkey = TestDocs.clusterHolding(clusters, 2);
        assertThat(turkey.type()).isEqualTo(ActorType.COUNTRY);
        assertThat(turkey.name()).isEqualTo("Turkey");
        LocalCluster city = TestDocs.clusterHolding(clusters, 4);
        assertThat(city.type()).isEqualTo(ActorType.LOCATION);
        assertThat(city.name()).isEqualTo("Moscow");
    }

    @Test
    void cluster_readsACapitalsPossessiveAndTrainerAsItsState() {
        var d = doc(1, "Critics call the governor Moscow's proxy. Units trained by Ankara took the town. Moscow\u2019s support"
                        + " waned. The streets of Moscow were quiet, and Moscow's streets too.",
                "Moscow/LOCATION", "Ankara/LOCATION", "Moscow/LOCATION", "Moscow/LOCATION", "Moscow/LOCATION");
        List<LocalCluster> clusters = d.clusters();
        LocalCluster russia = TestDocs.clusterHolding(clusters, 0);
        assertThat(russia.type()).isEqualTo(ActorType.COUNTRY);
        assertThat(russia.mentions()).contains(2).doesNotContain(3, 4);
        assertThat(TestDocs.clusterHolding(clusters, 1).type())
                .isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void cluster_joinsABareParliamentToTheOnlyLegislatureTheDocumentNames() {
        var d = doc(1, "The Council of Representatives met. The speaker of parliament left.",
                "Council of Representatives/ORGANIZATION", "parliament/ORGANIZATION");
        assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Council of Representatives"));
        var two = doc(2, "The Council of Representatives and the US Congress met. The speaker of parliament left.",
                "Council of Representatives/ORGANIZATION", "Congress/ORGANIZATION", "parliament/ORGANIZATION");
        assertThat(two.clusters()).hasSize(3);
    }

    @Test
    void cluster_keepsTheHomeCountrysCapitalItsOwnActor() {
        var d = doc(1, "Iraq votes. Iraqi parties met. Iraq waits. A mayor backed by Baghdad and Erbil. Iraq and Iran"
                        + " talk. Tehran warned.",
                "Iraq/COUNTRY", "Iraqi/COUNTRY", "Iraq/COUNTRY", "Baghdad/LOCATION", "Erbil/LOCATION", "Iraq/COUNTRY",
                "Iran/COUNTRY", "Tehran/LOCATION");
        List<LocalCluster> clusters = d.clusters();
        LocalCluster home = TestDocs.clusterHolding(clusters, 3);
        assertThat(home.mentions()).containsExactly(3);
        assertThat(home.name()).isEqualTo("Baghdad");
        assertThat(clusterOf(clusters, d, "Iran").mentions()).containsExactly(6, 7);
    }

    @Test
    void cluster_keepsTheCorpussHomeCapitalItsOwnActorInADocumentAboutANeighbour() {
        var d = doc(1, "Turkish jets struck again. Turkey says the raids go on. Turkish troops moved. Baghdad said"
                        + " Erbil kept silent. Iraq waits.",
                "Turkish/COUNTRY", "Turkey/COUNTRY", "Turkish/COUNTRY", "Baghdad/LOCATION", "Erbil/LOCATION",
                "Iraq/COUNTRY");
        // Alone, the document is about Turkey, so Baghdad acting reads as Iraq's government ...
        assertThat(clusterOf(d.clusters(), d, "Baghdad").mentions()).containsExactly(3, 5);
        // ... but within a corpus about Iraq it is the central government, its own actor, as at home.
        List<LocalCluster> inCorpus = TestDocs.CLUSTERER.cluster(d.text(), d.mentions(), new CorpusContext(TestDocs.KEYS.key("Iraq"), Map.of()));
        assertThat(clusterOf(inCorpus, d, "Baghdad").mentions()).containsExactly(3);
        assertThat(clusterOf(inCorpus, d, "Iraq").mentions()).containsExactly(5);
    }

    @Test
    void cluster_aBareAcronymAnotherArticleDefinedIsNotReadByInitialsAlone() {
        var defining = doc(1, "The union, the Tessaly Dock Union (TDU), struck.", "Tessaly Dock Union/ORGANIZATION",
                "TDU/ORGANIZATION");
        Map<String, java.util.Set<String>> definitions = TestDocs.CLUSTERER.acronymDefinitions(defining.mentions());
        assertThat(definitions).containsOnlyKeys(TestDocs.KEYS.key("TDU"));
        CorpusContext corpus = CorpusContext.of(null, List.of(definitions));

        var bare = doc(2, "The dockers follow the TDU. The Tarvan Democratic Union wants it banned.", "TDU/ORGANIZATION",
                "Tarvan Democratic Union/ORGANIZATION");
        // Alone, the acronym is the only name of the article it abbreviates ...
        assertThat(bare.clusters()).hasSize(1);
        // ... but the corpus wrote it after another name: it stays apart, and remembers why.
        List<LocalCluster> inCorpus = TestDocs.CLUSTERER.cluster(bare.text(), bare.mentions(), corpus);
        assertThat(inCorpus).hasSize(2);
        assertThat(clusterOf(inCorpus, bare, "TDU").reasons())
                .anyMatch(r -> r.contains("another article of the corpus wrote it after another name"))
                .contains("kept apart in its article from 'Tarvan Democratic Union'");
        // An article that defines it itself, or names the corpus's own name for it, still joins.
        var own = doc(3, "The Tarvan Democratic Union (TDU) met. The TDU voted.", "Tarvan Democratic Union/ORGANIZATION",
                "TDU/ORGANIZATION", "TDU/ORGANIZATION");
        assertThat(TestDocs.CLUSTERER.cluster(own.text(), own.mentions(), corpus)).hasSize(1);
        var same = doc(4, "The TDU struck. The Tessaly Dock Union said so.", "TDU/ORGANIZATION",
                "Tessaly Dock Union/ORGANIZATION");
        assertThat(TestDocs.CLUSTERER.cluster(same.text(), same.mentions(), corpus)).hasSize(1);
    }

    @Test
    void cluster_keepsTwoStatesBodiesWithOneGenericNameApart() {
        var d = doc(1, "Iran's foreign ministry condemned the strike. Syria's foreign ministry called it illegal. The"
                        + " foreign ministry of Iran repeated it.",
                "Iran/COUNTRY", "foreign ministry/ORGANIZATION", "Syria/COUNTRY", "foreign ministry/ORGANIZATION",
                "foreign ministry/ORGANIZATION", "Iran/COUNTRY");
        List<LocalCluster> clusters = d.clusters();
        LocalCluster iranian = TestDocs.clusterHolding(clusters, 1);
        assertThat(iranian.mentions()).contains(4).doesNotContain(3);
    }

    @Test
    void cluster_aNationalityWordNamesOnePlaceNotAPersonsSurnameThatLooksLikeIt() {
        // "Velmorian" fits both "Velmoria" and the prime minister's surname, which the tagger took for a place.
        var d = doc(1, "Velmoria sent envoys. The Velmorian envoy met Prime Minister Ilyas Velmori. The envoy stays close"
                        + " to Velmori. Velmorian workers waited.",
                "Velmoria/COUNTRY", "Velmorian/COUNTRY", "Ilyas Velmori/PERSON", "Velmori/LOCATION", "Velmorian/COUNTRY");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusterOf(clusters, d, "Velmoria").mentions()).containsExactly(0, 1, 4);
    }

    @Test
    void cluster_readsACapitalThatDoesWhatAStateDoesAsItsState() {
        var d = doc(1, "Washington gives Velmoria aid every year. Officials in Washington have pressed Moscow, and Moscow has"
                        + " refused. The Moscow talks ended.",
                "Washington/LOCATION", "Velmoria/COUNTRY", "Washington/LOCATION", "Moscow/LOCATION", "Moscow/LOCATION",
                "Moscow/LOCATION");
        List<LocalCluster> clusters = d.clusters();
        LocalCluster us = TestDocs.clusterHolding(clusters, 0);
        assertThat(us.type()).isEqualTo(ActorType.COUNTRY);
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.mentions()).doesNotContain(2);
        LocalCluster russia = TestDocs.clusterHolding(clusters, 3);
        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.mentions()).contains(4).doesNotContain(5);
    }

    @Test
    void cluster_keepsACapitalWithoutACueAPlace() {
        var d = doc(1, "Protesters gathered near Ankara. Ankara is cold in winter.", "Ankara/LOCATION", "Ankara/LOCATION");
        assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void cluster_marksGroupAndPlaceNamesUsedTheWayNoPersonsNameIs() {
        var d = doc(1, "Shelling hit homes near Rasim Tuwairi. The Rasim Tuwairi Fund paid. Hafez Darwani Trust spoke.",
                "Rasim Tuwairi/LOCATION", "Rasim Tuwairi/ORGANIZATION", "Hafez Darwani/ORGANIZATION");
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).allMatch(LocalCluster::impersonal);
    }

    @Test
    void cluster_doesNotMarkNamesUsedAsAPersonsName() {
        var d = doc(1, "According to Rasim Tuwairi, talks failed. Hafez Darwani said so, and Lina Sabbagh agreed.",
                "Rasim Tuwairi/LOCATION", "Hafez Darwani/ORGANIZATION", "Lina Sabbagh/ORGANIZATION");
        assertThat(d.clusters()).noneMatch(LocalCluster::impersonal);
    }

    @Test
    void cluster_bindsAGivenNameOrFirstNamesToTheOnlyFullNameHoldingThem() {
        var given = doc(1, "Premier Tesfaye Gudina flew in. Tesfaye told reporters the truce held.",
                "Tesfaye Gudina/PERSON", "Tesfaye/PERSON");
        assertThat(given.clusters()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Tesfaye Gudina"));
        var firstTwo = doc(2, "Warsame Ali Dhoobe won the vote. Warsame Ali thanked the elders.",
                "Warsame Ali Dhoobe/PERSON", "Warsame Ali/PERSON");
        assertThat(firstTwo.clusters()).hasSize(1);
        var middle = doc(3, "Faysal Gedi Warfa arrived. Gedi spoke later.", "Faysal Gedi Warfa/PERSON", "Gedi/PERSON");
        assertThat(middle.clusters()).hasSize(1);
    }

    @Test
    void cluster_keepsAFathersFullNameInsideHisSonsApart() {
        // "Karim Fadel Nouri Haddad" is Karim son of Fadel Nouri Haddad: the father's three names end the son's.
        var d = doc(1, "Fadel Nouri Haddad was killed on Monday. His son, Karim Fadel Nouri Haddad, vowed revenge.",
                "Fadel Nouri Haddad/PERSON", "Karim Fadel Nouri Haddad/PERSON");
        assertThat(d.clusters()).hasSize(2);
        var firstNames = doc(2, "Karim Fadel Nouri Haddad vowed revenge. Karim Fadel Nouri said the fight would go on.",
                "Karim Fadel Nouri Haddad/PERSON", "Karim Fadel Nouri/PERSON");
        assertThat(firstNames.clusters()).hasSize(1);
    }

    @Test
    void cluster_joinsAGroupsSingularToItsPluralNotToAPersonWithThatSurname() {
        // "Hamdani fighters" beside "the Hamdanis" and their leader "Karim al-Hamdani": the singular is the group's.
        var d = doc(1, "The Hamdanis fired rockets. Karim al-Hamdani said Hamdani fighters would go on.",
                "Hamdanis/ORGANIZATION", "Karim al-Hamdani/PERSON", "Hamdani/ORGANIZATION");
        assertThat(d.clusters()).hasSize(2);
        assertThat(clusterOf(d.clusters(), d, "Hamdani").names()).containsExactlyInAnyOrder("Hamdanis", "Hamdani");
        // Without a group named by its plural, the one-word name tagged as a group is the person's surname.
        var alone = doc(2, "Karim al-Hamdani spoke. Hamdani said the talks failed.",
                "Karim al-Hamdani/PERSON", "Hamdani/ORGANIZATION");
        assertThat(alone.clusters()).hasSize(1);
    }

    @Test
    void cluster_leavesAGivenNameTwoFullNamesShareAlone() {
        var d = doc(1, "Tesfaye Gudina and Tesfaye Alemu met. Tesfaye left early.",
                "Tesfaye Gudina/PERSON", "Tesfaye Alemu/PERSON", "Tesfaye/PERSON");
        assertThat(d.clusters()).hasSize(3);
    }

    @Test
    void cluster_bindsAShortFormToAFullNameTheTaggerTypedAsAGroup() {
        var d = doc(1, "Hamdi Osman Wehliye resigned. Wehliye said he was tired.",
                "Hamdi Osman Wehliye/ORGANIZATION", "Wehliye/PERSON");
        assertThat(d.clusters()).hasSize(1);
    }

    @Test
    void cluster_readsASurnameTaggedAsAPlaceAsTheOnlyPersonWithIt() {
        var d = doc(1, "The court sentenced Karim Ostadi. Rights groups said Ostadi was tortured.",
                "Karim Ostadi/PERSON", "Ostadi/LOCATION");
        assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ActorType.PERSON));
        var listedCountry = doc(2, "Karim Jordan visited. Jordan closed the border.", "Karim Jordan/PERSON", "Jordan/COUNTRY");
        assertThat(listedCountry.clusters()).hasSize(2);
        var twoPersons = doc(3, "Karim Ostadi and Leila Ostadi fled. Ostadi was shelled.",
                "Karim Ostadi/PERSON", "Leila Ostadi/PERSON", "Ostadi/LOCATION");
        assertThat(twoPersons.clusters()).hasSize(3);
    }
}
