package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alignment and structure said without a verb of alignment (predicate adjectives, demands, support nouns, command, "his
 * country", relative clauses), each with a sentence where it must not fire. Invented sentences, as CoreNLP annotated
 * them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class AlignmentRulesTest {
    @Test
    void extract_predicateAdjectiveCloseToIsAssociation() {
        Extraction x = run("Ilse Marr is close to the Amber Hill Movement.");
        assertThat(has(x, FactKind.ASSOCIATE, "Ilse Marr", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_seenAsCloseToIsAssociationOfThePassiveSubject() {
        Extraction x = run("Toma Velk was appointed chairman in 2016 and is widely seen as close to the Amber Hill Movement.");
        assertThat(has(x, FactKind.ASSOCIATE, "Toma Velk", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_standingCloseToSomeoneIsNoAssociation() {
        Extraction x = run("Ilse Marr stood close to Lena Vost at the rally.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.ASSOCIATE);
    }

    @Test
    void extract_outspokenAgainstIsOpposition() {
        Extraction x = run("The Red Reed Battalions have been outspoken against Lena Vost since May.");
        assertThat(has(x, FactKind.OPPOSES, "Red Reed Battalions", "Lena Vost")).isTrue();
    }

    @Test
    void extract_demandingThatAnOfficeResignOpposesItsHolder() {
        Extraction x = run("Sora Piet demanded that Oren Falk's cabinet resign.");
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Oren Falk")).isTrue();
    }

    @Test
    void extract_demandingSomethingElseOfAnOfficeIsNoOpposition() {
        Extraction x = run("Sora Piet demanded that Oren Falk's cabinet raise salaries.");
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Oren Falk")).isFalse();
    }

    @Test
    void extract_demandingAnApologyFromTheGovernmentOpposesThePrimeMinister() {
        Extraction x = run("The prime minister, Oren Falk, spoke on Monday. The Green Dawn Party demanded an official "
                + "apology from the government on Tuesday.");
        assertThat(has(x, FactKind.OPPOSES, "Green Dawn Party", "Oren Falk")).isTrue();
    }

    @Test
    void extract_countingOnTheSupportOfYIsSupportByY() {
        Extraction x = run("Oren Falk can count on the support of the Green Dawn Party.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Oren Falk")).isTrue();
    }

    @Test
    void extract_losingTheSupportOfYIsNoSupport() {
        Extraction x = run("Oren Falk lost the support of the Green Dawn Party.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Oren Falk")).isFalse();
    }

    @Test
    void extract_votesOfYForAGovernmentAreSupportOfItsHead() {
        Extraction x = run("The assembly gave its confidence to the government of Oren Falk with the votes of the Green "
                + "Dawn Party and the Red Reed Battalions.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Oren Falk")).isTrue();
        assertThat(has(x, FactKind.SUPPORTS, "Red Reed Battalions", "Oren Falk")).isTrue();
    }

    @Test
    void extract_confidenceOfABodyInstallsTheGovernmentsHead() {
        Extraction x = run("On 3 May 2021 the Harbour Assembly gave the confidence to the government of Oren Falk.");
        assertThat(facts(x, FactKind.APPOINTED, "Harbour Assembly", "Oren Falk"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_frontOperatingUnderTheCommandOfYIsPartOfY() {
        Extraction x = run("Officials say the Red Reed Battalions is a front that operates under the command of the Amber Hill Movement.");
        assertThat(has(x, FactKind.PART_OF, "Red Reed Battalions", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_attackingSomethingUnderACommandIsNoPartOf() {
        Extraction x = run("The Red Reed Battalions attacked a depot under the command of the Amber Hill Movement.");
        assertThat(has(x, FactKind.PART_OF, "Red Reed Battalions", "Amber Hill Movement")).isFalse();
    }

    @Test
    void extract_hisCountryIsTheStateOfHisPost() {
        Extraction x = run("Foreign Minister Bahram Tesk of Kastmir arrived on Monday. Tesk said that his country supports "
                + "the government of Oren Falk.");
        assertThat(has(x, FactKind.SUPPORTS, "Kastmir", "Oren Falk")).isTrue();
        assertThat(has(x, FactKind.SUPPORTS, "Tesk", "Oren Falk")).isFalse();
    }

    @Test
    void extract_herCountryWithoutAStatePostIsNobody() {
        Extraction x = run("Mira Solt said that her country supports the government of Oren Falk.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.SUPPORTS);
    }

    @Test
    void extract_designationInARelativeClauseTargetsItsNoun() {
        Extraction x = run("The Amber Hill Movement, which Kastmir designated as a terrorist organization in 2019, denied the report.");
        assertThat(facts(x, FactKind.DESIGNATED_TERRORIST, "Kastmir", "Amber Hill Movement"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2019"));
    }

    @Test
    void extract_partOfTheArmedForcesOfAStateIsPartOfTheState() {
        Extraction x = run("The Amber Hill Movement met on Monday. It is formally part of the armed forces of Kastmir.");
        assertThat(has(x, FactKind.PART_OF, "Amber Hill Movement", "Kastmir")).isTrue();
    }

    @Test
    void extract_forceOfAStateIsPartOfIt() {
        Extraction x = run("Kastmir denied the report. The Amber Hill Movement is armed and funded by the Desert Guard of Kastmir.");
        assertThat(has(x, FactKind.PART_OF, "Desert Guard", "Kastmir")).isTrue();
        assertThat(has(x, FactKind.BACKS, "Desert Guard", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_institutionOfAStateSaysNothingOfParts() {
        Extraction x = run("Kastmir denied the report. Lena Vost worked for the Central Bank of Kastmir for ten years.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.PART_OF);
    }

    @Test
    void extract_untaggedPlaceWithItsAdjectiveIsTheBackingState() {
        Extraction x = run("Neighbouring Dastgar reacted angrily. The Dastgari-backed Amber Hill Movement denied the report.");
        assertThat(has(x, FactKind.BACKS, "Dastgar", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_consideringSomeoneCloseToYIsAnAllegedAssociationOfTheOneConsidered() {
        Extraction x = run("The Red Reed Battalions consider Toma Velk close to the Amber Hill Movement.");
        assertThat(facts(x, FactKind.ASSOCIATE, "Toma Velk", "Amber Hill Movement"))
                .singleElement().satisfies(f -> assertThat(f.modality()).isEqualTo(Modality.ALLEGED));
        assertThat(has(x, FactKind.ASSOCIATE, "Red Reed Battalions", "Amber Hill Movement")).isFalse();
    }

    @Test
    void extract_beingCloseToYIsAnAssertedAssociation() {
        Extraction x = run("Ilse Marr is close to the Amber Hill Movement.");
        assertThat(facts(x, FactKind.ASSOCIATE, "Ilse Marr", "Amber Hill Movement"))
                .singleElement().satisfies(f -> assertThat(f.modality()).isEqualTo(Modality.ASSERTED));
    }

    @Test
    void extract_closingTheBorderToYIsNoAssociation() {
        Extraction x = run("Kastmir closed the border to the Amber Hill Movement on Monday.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.ASSOCIATE);
    }

    @Test
    void extract_demandingThatSomeoneRemoveSomethingOpposesNobody() {
        Extraction x = run("Sora Piet demanded that Oren Falk remove the barricades.");
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Oren Falk")).isFalse();
    }

    @Test
    void extract_demandingThatABodyImpeachSomeoneOpposesTheOneImpeached() {
        Extraction x = run("Sora Piet demanded that the Harbour Assembly impeach Oren Falk.");
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Oren Falk")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Sora Piet", "Harbour Assembly")).isFalse();
    }
}
