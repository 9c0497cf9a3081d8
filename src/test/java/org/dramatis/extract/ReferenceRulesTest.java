package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.events;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.involves;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who a phrase stands for and who acts: the rules of the third round (state-body variants, appositive titles, subjects
 * among appositives, object pronouns, subjectless fragments, spokesmen, unnamed new groups, "the government", passives
 * without a parsed subject, releases), each with a sentence where it must not fire. Invented sentences, as CoreNLP
 * annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class ReferenceRulesTest {
    @Test
    void extract_anAcronymDefinedInBracketsIsFoundWhereverItIsUsed() {
        Extraction x = run("The best-armed groups were the Red Reed Battalions (RRB) and the Amber Hill Movement. The "
                + "council chose Samir Deeb, a veteran RRB commander who had fought for years.");
        assertThat(x.mentions().stream().filter(m -> m.text().equals("RRB")).count()).isEqualTo(2);
        assertThat(facts(x, FactKind.ROLE, "Samir Deeb", "RRB")).anySatisfy(f -> assertThat(f.role()).isEqualTo("commander"));
        Extraction undefined = run("The council chose Samir Deeb, a veteran RRB commander who had fought for years.");
        assertThat(undefined.mentions()).noneSatisfy(m -> assertThat(m.text()).isEqualTo("RRB"));
    }

    @Test
    void extract_stateBodyVariantsInOneDocumentAreOneActor() {
        Extraction x = run("The anti-terrorist forces stormed a farm near Ber Tala on 3 May 2021. Two days later the "
                + "counterterrorism forces arrested three members of the Amber Hill Movement.");
        assertThat(events(x, EventType.COERCE)).filteredOn(e -> e.trigger().equals("arrested")).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "anti-terrorist forces", "actor")).isTrue());
    }

    @Test
    void extract_differentStateBodiesStayApart() {
        Extraction x = run("The intelligence services stormed a farm near Ber Tala on 3 May 2021. Two days later the "
                + "special forces arrested three members of the Amber Hill Movement.");
        assertThat(events(x, EventType.COERCE)).filteredOn(e -> e.trigger().equals("arrested")).singleElement()
                .satisfies(e -> {
                    assertThat(involves(x, e, "special forces", "actor")).isTrue();
                    assertThat(involves(x, e, "intelligence services", null)).isFalse();
                });
    }

    @Test
    void extract_nameCommaDefiniteTitleOfStateHoldsThePost() {
        Extraction x = run("The envoy dined with a cousin of Ilan Morr, the crown prince of Kastmir, on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).anySatisfy(f -> assertThat(f.role()).isEqualTo("crown prince"));
    }

    @Test
    void extract_meetingTheHeadOfABodyIsNoPost() {
        Extraction x = run("Ilan Morr met the head of the Harbour Authority on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", null)).isEmpty();
    }

    @Test
    void extract_leaderOfBodyCommaNameIsTheNameNotTheTopicPerson() {
        Extraction x = run("Pavel Osk spoke first. The leader of the Green Dawn Party, Sora Piet, condemned the Amber Hill Movement.");
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Pavel Osk", "Amber Hill Movement")).isFalse();
        assertThat(has(x, FactKind.ROLE, "Sora Piet", "Green Dawn Party")).isTrue();
    }

    @Test
    void extract_whichReceivesTrainingFromIsBackingByTheGiver() {
        Extraction x = run("The Amber Hill Movement, which receives training and funding from the Kastmir Desert Corps, denied the report.");
        assertThat(has(x, FactKind.BACKS, "Kastmir Desert Corps", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.BACKS, "Amber Hill Movement", "Kastmir Desert Corps")).isFalse();
    }

    @Test
    void extract_passiveWithoutParsedSubjectTakesTheNameBeforeItsAuxiliary() {
        // The parser leaves "were arrested" without a passive subject in this shape of sentence.
        Extraction x = run("On 3 May the special forces stormed a depot of the Harbour Authority in Ber Tala, a state-owned "
                + "company, and about 20 fighters of the Amber Hill Movement were arrested, which was seen as a warning to "
                + "the Red Reed Battalions.");
        assertThat(events(x, EventType.COERCE)).filteredOn(e -> e.trigger().equals("arrested"))
                .anySatisfy(e -> assertThat(involves(x, e, "Amber Hill Movement", "target")).isTrue());
    }

    @Test
    void extract_releaseFreesTheLastArrestThatTookSomeone() {
        Extraction x = run("Police arrested members of the Amber Hill Movement on 2 May 2021. Police also raided an empty "
                + "warehouse on 4 May 2021. The detainees were released on 9 May 2021.");
        assertThat(events(x, EventType.RETREAT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Amber Hill Movement", "target")).isTrue());
    }

    @Test
    void extract_releaseWithNoEarlierArrestFreesNobody() {
        Extraction x = run("The Amber Hill Movement held a rally on 2 May 2021. The detainees were released on 9 May 2021.");
        assertThat(events(x, EventType.RETREAT)).allSatisfy(e -> assertThat(involves(x, e, "Amber Hill Movement", null)).isFalse());
    }

    @Test
    void extract_nameRightBeforeTheVerbIsTheSubjectAmongAppositives() {
        Extraction x = run("Although he had praised Oren Falk's deputy, Ada Rhee, Mira Solt turned against him in May.");
        assertThat(facts(x, FactKind.OPPOSES, "", null)).isNotEmpty()
                .allSatisfy(f -> assertThat(x.mentions().get(f.subject()).text()).isEqualTo("Mira Solt"));
    }

    @Test
    void extract_objectPronounIsNotItsOwnClausesSubject() {
        Extraction x = run("Oren Falk met Mira Solt in April, and in May Mira Solt turned against him.");
        assertThat(has(x, FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isTrue();
    }

    @Test
    void extract_subjectlessFragmentContinuesThePreviousSpeaker() {
        Extraction x = run("Mira Solt addressed the assembly on Monday. Then, in a second speech, accused the Amber Hill "
                + "Movement of sabotage.");
        assertThat(has(x, FactKind.ACCUSES, "Mira Solt", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_fragmentWithItsOwnSubjectKeepsIt() {
        Extraction x = run("Mira Solt addressed the assembly on Monday. Later the Red Reed Battalions accused the Amber "
                + "Hill Movement of sabotage.");
        assertThat(has(x, FactKind.ACCUSES, "Mira Solt", "Amber Hill Movement")).isFalse();
        assertThat(has(x, FactKind.ACCUSES, "Red Reed Battalions", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_spokesmansStanceIsHisBodys() {
        Extraction x = run("The spokesman for the Amber Hill Movement, Samir Deeb, accused Lena Vost of lying.");
        assertThat(has(x, FactKind.ACCUSES, "Samir Deeb", "Lena Vost")).isTrue();
        assertThat(has(x, FactKind.ACCUSES, "Amber Hill Movement", "Lena Vost")).isTrue();
    }

    @Test
    void extract_plainMembersStanceIsOnlyHisOwn() {
        Extraction x = run("Samir Deeb, a member of the Amber Hill Movement, accused Lena Vost of lying.");
        assertThat(has(x, FactKind.ACCUSES, "Samir Deeb", "Lena Vost")).isTrue();
        assertThat(has(x, FactKind.ACCUSES, "Amber Hill Movement", "Lena Vost")).isFalse();
    }

    @Test
    void extract_unnamedNewGroupActsForItsFounder() {
        Extraction x = run("Lena Vost announced the formation of a new coalition that will support Oren Falk.");
        assertThat(has(x, FactKind.SUPPORTS, "Lena Vost", "Oren Falk")).isTrue();
    }

    @Test
    void extract_definiteGroupHasNoFounder() {
        Extraction x = run("The coalition will support Oren Falk, Lena Vost said.");
        assertThat(has(x, FactKind.SUPPORTS, "Lena Vost", "Oren Falk")).isFalse();
    }

    @Test
    void extract_backingTheGovernmentBacksTheCurrentPrimeMinister() {
        Extraction x = run("Prime Minister Oren Falk spoke on Monday. The Green Dawn Party gave its support to the government.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Oren Falk")).isTrue();
    }

    @Test
    void extract_backingTheGovernmentIsNoBackingOfAFormerPrimeMinister() {
        Extraction x = run("Former prime minister Ada Rhee spoke on Monday. The Green Dawn Party gave its support to the government.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Ada Rhee")).isFalse();
    }

    @Test
    void extract_deniedArrestIsNoArrest() {
        Extraction x = run("The police denied that they had arrested Samir Deeb on Monday.");
        assertThat(events(x, EventType.COERCE)).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.DENIED));
    }

    @Test
    void extract_theGroupIsNoBodyThatOnlyModifiedATitleBeforeIt() {
        Extraction x = run("Norvania has listed the Nasr Brigades, the faction Ravi Denn led until he was killed "
                + "alongside the Storm Force commander Oren Falk, as a terrorist organisation. Officials say the group "
                + "is financed and trained by the Guard Corps.");
        assertThat(has(x, FactKind.BACKS, "Guard Corps", "Nasr Brigades")).isTrue();
        assertThat(has(x, FactKind.BACKS, "Guard Corps", "Storm Force")).isFalse();
    }

    @Test
    void extract_aCountrysFormalNameIsOneMention_unlessItTellsStatesApart() {
        Extraction x = run("And condemned it also the Kingdom of Saudi Arabia, and the State of Qatar, and the Islamic "
                + "Republic of Iran. The Democratic Republic of the Congo sent a letter.");
        assertThat(x.mentions()).extracting(ActorMention::text)
                .contains("Kingdom of Saudi Arabia", "State of Qatar", "Islamic Republic of Iran")
                .doesNotContain("Republic of the Congo");
    }

    @Test
    void extract_aSubjectPronounContinuesThePreviousSubject_notThePersonNamedLast() {
        Extraction x = run("Ilan Morr grew up in Vessa. Like many of his generation, he was a critic of Pavel Osk's rule. "
                + "That changed after the war. In 2004 he became minister of trade of Kastmir.");
        assertThat(has(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).isTrue();
        assertThat(has(x, FactKind.ROLE, "Pavel Osk", "Kastmir")).isFalse();
    }

    @Test
    void extract_aPronounAfterANamedSubjectInItsOwnSentenceStillTakesTheNearestPerson() {
        Extraction x = run("Ilan Morr praised Pavel Osk on Monday. Sora Piet said he would become minister of trade of Kastmir.");
        assertThat(has(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).isFalse();
    }

    @Test
    void extract_formsOfAddressAndTitlesAreNoPartOfAName_andTheKingdomIsTheStateNamedBefore() {
        Extraction x = run("Kastmir's parliament met, and Kastmir's ministers agreed. Talks with the Kingdom of Vessa "
                + "resumed. And the prime minister visited the Kingdom in March 2021, and he met His Royal Highness the "
                + "Crown Prince Prince Ilan Bin Morr.");
        assertThat(x.mentions()).extracting(ActorMention::text).contains("Ilan Bin Morr");
        assertThat(facts(x, FactKind.ROLE, "Ilan Bin Morr", "Vessa")).anySatisfy(f -> assertThat(f.role()).isEqualTo("crown prince"));
        assertThat(facts(x, FactKind.ROLE, "Ilan Bin Morr", "Kastmir")).isEmpty();
    }

    @Test
    void extract_anActiveSubjectPronounGoesToTheMainPerson_notToAnEarlierObject() {
        Extraction x = run("Ilan Morr built the Green Dawn Party. Ilan Morr won the vote in 2018. His supporters stormed "
                + "parliament to press then-prime minister Pavel Osk for reform. In 2021 he resigned from the party. "
                + "Police detained Sora Piet on Monday. He was released on bail hours later.");
        assertThat(events(x, EventType.RETREAT)).anySatisfy(e -> assertThat(involves(x, e, "Ilan Morr", null)).isTrue())
                .noneSatisfy(e -> assertThat(involves(x, e, "Pavel Osk", null)).isTrue());
        assertThat(events(x, EventType.RETREAT)).anySatisfy(e -> assertThat(involves(x, e, "Sora Piet", null)).isTrue());
    }
}
