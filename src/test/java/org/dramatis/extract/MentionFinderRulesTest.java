package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.TestDocs.doc;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention rules over hand-made annotations, so that they do not depend on what NER makes of an invented name. */
class MentionFinderRulesTest {
    private final MentionFinder finder = new MentionFinder(Lexicons.load());

    private static List<String> texts(List<MentionFinder.Draft> drafts) {
        return drafts.stream().map(d -> d.text + "/" + d.type).toList();
    }

    @Test
    void find_nameTaggedOnceIsAMentionWhereItRecursUntagged() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Saraya/NNP/ORGANIZATION al-Fajr/NNP/ORGANIZATION claimed/VBD the/DT attack/NN ./.",
                "Officials/NNS say/VBP Saraya/NNP al-Fajr/NNP is/VBZ a/DT front/NN ./."));
        assertThat(texts(m)).containsExactly("Saraya al-Fajr/ORGANIZATION", "Saraya al-Fajr/ORGANIZATION");
        assertThat(m.get(1).sentence).isEqualTo(1);
    }

    @Test
    void find_recurringWordsThatAreNoProperNounsAreNoMention() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "The/DT Green/NNP/ORGANIZATION Front/NNP/ORGANIZATION met/VBD ./.",
                "The/DT green/JJ front/NN of/IN the/DT house/NN burned/VBD ./."));
        assertThat(texts(m)).containsExactly("Green Front/ORGANIZATION");
    }

    @Test
    void find_sameNameTakesTheTypeMostOfItsMentionsHave() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Liwa/NNP/ORGANIZATION al-Sabr/NNP/ORGANIZATION denied/VBD it/PRP ./.",
                "Liwa/NNP/PERSON al-Sabr/NNP/PERSON 's/POS leader/NN/TITLE spoke/VBD ./.",
                "Police/NNS blamed/VBD Liwa/NNP/ORGANIZATION al-Sabr/NNP/ORGANIZATION ./."));
        assertThat(texts(m)).containsOnly("Liwa al-Sabr/ORGANIZATION");
    }

    @Test
    void find_typesOfATieAreKept() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Tala/NNP/LOCATION spoke/VBD ./.",
                "They/PRP met/VBD Tala/NNP/PERSON ./."));
        assertThat(texts(m)).containsExactly("Tala/LOCATION", "Tala/PERSON");
    }

    @Test
    void find_aTieOfPersonAndPlaceGoesToPersonWhenTheSurnameAloneIsAPerson() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Ilan/NNP/PERSON al-Morr/NNP/PERSON spoke/VBD ./.",
                "The/DT front/NN of/IN Ilan/NNP/LOCATION al-Morr/NNP/LOCATION won/VBD ./.",
                "Morr/NNP/PERSON smiled/VBD ./."));
        assertThat(texts(m)).containsExactly("Ilan al-Morr/PERSON", "Ilan al-Morr/PERSON", "Morr/PERSON");
    }

    @Test
    void find_portfolioAfterACapitalizedTitleIsNotPartOfTheName() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Among/IN the/DT guests/NNS was/VBD Minister/NNP/TITLE of/IN Oil/NNP/PERSON Karim/NNP/PERSON Haddi/NNP/PERSON ./."));
        assertThat(texts(m)).containsExactly("Karim Haddi/PERSON");
    }

    @Test
    void find_bodyAfterALowercaseTitleKeepsItsFirstWord() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "He/PRP met/VBD the/DT leader/NN/TITLE of/IN Asaib/NNP/PERSON Ahl/NNP/PERSON al-Haq/NNP/PERSON ./."));
        assertThat(texts(m)).containsExactly("Asaib Ahl al-Haq/ORGANIZATION");
    }

    @Test
    void find_pluralOfAPlaceNameMakesThePlaceACountryAndNamesIt() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Thousands/NNS of/IN Kastmiris/NNPS/PERSON marched/VBD ./.",
                "The/DT army/NN of/IN Kastmir/NNP/LOCATION stayed/VBD home/NN ./."));
        assertThat(texts(m)).containsExactly("Kastmiris/COUNTRY", "Kastmir/COUNTRY");
        assertThat(m.get(0).countryName).isEqualTo("Kastmir");
    }

    @Test
    void find_untaggedPluralAddsNoMention() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Thousands/NNS of/IN Kastmiris/NNPS marched/VBD ./.",
                "The/DT army/NN of/IN Kastmir/NNP/LOCATION stayed/VBD home/NN ./."));
        assertThat(texts(m)).containsExactly("Kastmir/LOCATION");
    }

    @Test
    void find_recurringNameInsideALongerNameIsNoMention() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Marsana/NNP/LOCATION is/VBZ calm/JJ ./.",
                "Rockets/NNS hit/VBD Marsana/NNP International/NNP Airport/NNP ./."));
        assertThat(texts(m)).containsExactly("Marsana/LOCATION");
    }

    @Test
    void find_forceOfAPlaceNamedAloneIsTheForceAndThePlace() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Dastgar/NNP/LOCATION denied/VBD it/PRP ./.",
                "It/PRP is/VBZ funded/VBN by/IN the/DT Vanguard/NNP/ORGANIZATION Corps/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Dastgar/NNP/ORGANIZATION ./."));
        assertThat(texts(m)).containsExactly("Dastgar/LOCATION", "Vanguard Corps/ORGANIZATION", "Dastgar/LOCATION");
    }

    @Test
    void find_aNationalityBeforeABodyNounNerTookForAPlaceIsOneOrganization() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "The/DT Qadiri/JJ/NATIONALITY Union/NNP/CITY suspended/VBD Dastgar/NNP/COUNTRY ./.",
                "The/DT Qadiri/JJ/NATIONALITY Tolmer/NNP/CITY was/VBD calm/JJ ./."));
        assertThat(texts(m)).containsExactly("Qadiri Union/ORGANIZATION", "Dastgar/COUNTRY", "Tolmer/LOCATION");
    }

    @Test
    void find_aCountrysOwnNameTheTaggerTookForANationalityIsTheCountry() {
        // The tagger reads "Myanmar" as it reads "Burmese"; demonyms.tsv knows it as a country's name.
        List<MentionFinder.Draft> m = finder.find(doc(
                "Myanmar/NNP/NATIONALITY 's/POS army/NN seized/VBD power/NN ./.",
                "Burmese/JJ/NATIONALITY troops/NNS defended/VBD Myanmar/NNP/NATIONALITY ./.",
                "Kastmiri/JJ/NATIONALITY troops/NNS waited/VBD ./."));
        assertThat(texts(m)).containsExactly("Myanmar/COUNTRY", "Burmese/COUNTRY", "Myanmar/COUNTRY");
        assertThat(m.get(0).countryName).isEqualTo("Myanmar");
    }

    @Test
    void find_aWordNerLeftAPlaceBeforeACountryJoinsIt() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Troops/NNS moved/VBD to/TO Port/NNP/LOCATION Dastgar/NNP/COUNTRY ,/, and/CC South/NNP/LOCATION "
                        + "Sudan/NNP/COUNTRY mediated/VBD ./.",
                "Khartoum/NNP/CITY Sudan/NNP/COUNTRY ,/, Tolmer/NNP/LOCATION ,/, Dastgar/NNP/COUNTRY ./."));
        assertThat(texts(m)).containsExactly("Port Dastgar/LOCATION", "South Sudan/COUNTRY", "Khartoum/LOCATION",
                "Sudan/COUNTRY", "Tolmer/LOCATION", "Dastgar/COUNTRY");
    }

    @Test
    void find_institutionOfAPlaceKeepsItsName() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Dastgar/NNP/LOCATION denied/VBD it/PRP ./.",
                "He/PRP trained/VBD at/IN the/DT Officers/NNP/ORGANIZATION Academy/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Dastgar/NNP/ORGANIZATION ./."));
        assertThat(texts(m)).containsExactly("Dastgar/LOCATION", "Officers Academy of Dastgar/ORGANIZATION");
    }

    @Test
    void find_forceOfAPlaceNeverNamedAloneKeepsItsName() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "It/PRP is/VBZ funded/VBN by/IN the/DT Vanguard/NNP/ORGANIZATION Corps/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Dastgar/NNP/ORGANIZATION ./."));
        assertThat(texts(m)).containsExactly("Vanguard Corps of Dastgar/ORGANIZATION");
    }

    @Test
    void find_placeAndItsAdjectiveBothUntaggedMakeACountry() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Neighbouring/VBG Dastgar/NNP reacted/VBD angrily/RB ./.",
                "The/DT Dastgari-backed/JJ Amber/NNP/ORGANIZATION Hill/NNP/ORGANIZATION Movement/NNP/ORGANIZATION denied/VBD it/PRP ./."));
        assertThat(texts(m)).containsExactly("Dastgar/COUNTRY", "Dastgari/COUNTRY", "Amber Hill Movement/ORGANIZATION");
    }

    @Test
    void find_untaggedProperNounWithoutAnAdjectiveStaysUntagged() {
        List<MentionFinder.Draft> m = finder.find(doc("Neighbouring/VBG Dastgar/NNP reacted/VBD angrily/RB ./."));
        assertThat(m).isEmpty();
    }
    @Test
    void find_aNameTypedAsAPersonButUsedAsAPlaceIsAPlace() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Protests/NNS spread/VBD to/TO the/DT port/NN of/IN Dar/NNP/PERSON Hilal/NNP/PERSON ./.",
                "The/DT minister/NN will/MD go/VB back/RB to/TO Dar/NNP/PERSON Hilal/NNP/PERSON ./.",
                "Voters/NNS in/IN Dar/NNP/PERSON Hilal/NNP/PERSON stayed/VBD home/NN ./."));
        assertThat(texts(m)).containsOnly("Dar Hilal/LOCATION");
    }

    @Test
    void find_aPersonNearAPlaceCueStaysAPersonWhenTheTextUsesHimAsOne() {
        List<MentionFinder.Draft> m = finder.find(doc(
                "Confidence/NN in/IN Omar/NNP/PERSON Sahel/NNP/PERSON fell/VBD ./.",
                "Omar/NNP/PERSON Sahel/NNP/PERSON said/VBD he/PRP would/MD stay/VB ./.",
                "Crowds/NNS gathered/VBD in/IN Nadia/NNP/PERSON Karam/NNP/PERSON 's/POS street/NN ./.",
                "Envoys/NNS spoke/VBD to/TO Rami/NNP/PERSON Aziz/NNP/PERSON ./."));
        assertThat(texts(m)).contains("Omar Sahel/PERSON", "Nadia Karam/PERSON", "Rami Aziz/PERSON")
                .noneMatch(x -> x.endsWith("/LOCATION"));
    }
}
