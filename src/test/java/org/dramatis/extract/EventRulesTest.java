package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.events;
import static org.dramatis.extract.RulesFixture.involves;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event participants and dates: relative clauses, light verbs, head-noun anaphora, dates counted from earlier events,
 * new triggers, each with a sentence where the rule must not fire. Invented sentences, as CoreNLP annotated them
 * (stored).
 */
@ExtendWith(StoredAnnotations.class)
class EventRulesTest {
    @Test
    void extract_hoursLaterCountsFromThePreviousEvent() {
        Extraction x = run("Police arrested Samir Deeb on 2 May 2021. He was released on bail hours later.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_daysLaterCountsFromThePreviousEvent() {
        Extraction x = run("Police arrested Samir Deeb on 2 May 2021. Two days later the Amber Hill Movement freed him.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-04"));
    }

    @Test
    void extract_theSameDayIsTheDayNamedLastNotTheArticles() {
        Extraction x = run("Lena Vost was named prime minister on 1 February 2021. The cleric Samir Deeb welcomed the choice "
                + "the same day.");
        assertThat(events(x, EventType.SUPPORT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-02-01"));
    }

    @Test
    void extract_daysLaterWithoutACountKnowsOnlyTheMonth() {
        Extraction x = run("Lena Vost was named prime minister on 1 February 2021. Days later, police raided the offices "
                + "of the Amber Hill Movement.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-02"));
    }

    @Test
    void extract_aDateWithoutAYearUpToTheBylinesUpdateStaysInTheYear() {
        String story = "\n\nProtesters marched through Kastmir on May 25 to demand the arrest of the killers.";
        Extraction updated = RulesFixture.runUndated("By staff | Published 10 May 2021 | Last updated 26 May 2021" + story,
                java.time.LocalDate.of(2021, 5, 10));
        assertThat(events(updated, EventType.PROTEST)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-25"));
        Extraction published = RulesFixture.runUndated("By staff | Published 10 May 2021" + story, java.time.LocalDate.of(2021, 5, 10));
        assertThat(events(published, EventType.PROTEST)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2020-05-25"));
    }

    @Test
    void extract_aMonthLaterCountsFromTheLastEventKnownToTheMonth() {
        Extraction x = run("Samir Deeb was born on 25 April 1952 in Kastmir. In July 2014 the Council of the Nation chose "
                + "Samir Deeb as its speaker. A month later Lena Vost asked Samir Deeb to form a government.");
        assertThat(events(x, EventType.REQUEST)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2014-08"));
    }

    @Test
    void extract_aYearlessMonthRightAfterAStatedYearIsInThatYear() {
        Extraction x = run("The Amber Hill Movement came third in the May 2018 election. When unrest shook Tolmer that "
                + "September, its rivals called on Samir Deeb to resign.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2018-09"));
        Extraction same = run("Lena Vost won the election of November 2023, and the Council of the Nation approved her "
                + "cabinet in December.");
        assertThat(events(same, EventType.APPOINTMENT)).anySatisfy(e -> assertThat(e.date()).isEqualTo("2023-12"));
    }

    @Test
    void extract_anObjectPronounSkipsAPersonNamedInPassing() {
        Extraction x = run("Samir Deeb grew up in Kastmir. Samir Deeb studied in Tolmer. In July 2014 the Council of the "
                + "Nation chose him as its deputy speaker, under Speaker Ilan Morr. A month later President Lena Vost "
                + "asked him to form a government.");
        assertThat(events(x, EventType.REQUEST)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Samir Deeb", null)).isTrue();
            assertThat(involves(x, e, "Ilan Morr", null)).isFalse();
        });
    }

    @Test
    void extract_aClauseDescribingADateHappenedOnIt() {
        Extraction x = run("Samir Deeb led the Amber Hill Movement from 1982 until 29 August 2003, when a car bomb in "
                + "Tolmer killed him.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2003-08-29"));
    }

    @Test
    void extract_anEventToldAfterAnotherTakesNoneOfItsDay() {
        Extraction x = run("Samir Deeb resigned on 12 July 2016 after the Basra bombing, which the Red Reed Battalions claimed.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2016"));
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2016-07-12"));
    }

    @Test
    void extract_theSameKillingToldAgainKeepsItsDate() {
        Extraction x = run("Samir Deeb was killed with Ilan Morr in a drone strike in January 2020. Lena Vost resigned in "
                + "July 2016 after the Basra bombing, which the Red Reed Battalions claimed. After the strike that killed "
                + "Morr and Deeb, Vost led the push for the parliamentary vote of 5 January 2020.");
        assertThat(events(x, EventType.ASSAULT)).filteredOn(e -> e.sentence() == 2)
                .allSatisfy(e -> assertThat(e.date()).isEqualTo("2020-01")).isNotEmpty();
    }

    @Test
    void extract_aVerbHungOnARelativeClauseIsItsPersons() {
        Extraction x = run("Esmail Qaani, who succeeded Qassem Soleimani at the head of the Quds Force, travelled to Baghdad.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Qaani", "actor")).isTrue();
            assertThat(involves(x, e, "Quds Force", null)).isFalse();
        });
    }

    @Test
    void extract_aReactionToldRightAfterADatedDeedCameThen() {
        Extraction x = run("In March 2020 a rocket salvo on Camp Tolmer killed Samir Deeb and two other soldiers. Chile blamed the "
                + "Red Reed Battalions, an armed faction.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2020-03"));
        Extraction always = run("Chile listed the Red Reed Battalions as a terrorist organisation in 2021. Samir Deeb has "
                + "always denied ordering attacks on civilians.");
        assertThat(events(always, EventType.REJECT)).allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_aTranslatedVerbFirstClauseKeepsItsSubject() {
        Extraction x = run("And received the Minister of Foreign Affairs Ilan Morr yesterday the ambassador of Chile, Samir Deeb, in Kastmir.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> assertThat(involves(x, e, "Ilan Morr", "actor")).isTrue());
        Extraction condemned = run("And condemned the Movement of the Amber Hill the arrest of Samir Deeb.");
        assertThat(events(condemned, EventType.ACCUSE)).singleElement()
                .satisfies(e -> assertThat(involves(condemned, e, "Amber Hill", "actor")).isTrue());
    }

    @Test
    void extract_anEnglishClauseWithItsSubjectIsLeftAsItIs() {
        Extraction x = run("Yesterday the minister Ilan Morr received the ambassador of Chile, Samir Deeb, in Kastmir.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Ilan Morr", "actor")).isTrue();
            assertThat(involves(x, e, "Samir Deeb", "actor")).isFalse();
        });
    }

    @Test
    void extract_undatedActOfTheSameActorKeepsThePreviousSentencesDay() {
        Extraction x = run("Samir Deeb warned the Red Reed Battalions on 2 May 2021. In a statement posted online, Deeb "
                + "accused Lena Vost of lying.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_undatedActOfAnotherActorStaysUndated() {
        Extraction x = run("Samir Deeb warned the Red Reed Battalions on 2 May 2021. In a statement posted online, Lena "
                + "Vost accused the Amber Hill Movement of lying.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_claimingTheAttackDatesItAsTheAttackReported() {
        Extraction x = run("Rockets struck the port of Ber Tala on 2 May 2021. The Red Reed Battalions claimed the attack in a statement.");
        assertThat(events(x, EventType.ASSAULT)).filteredOn(e -> involves(x, e, "Red Reed Battalions", null))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_formationOfANewGroupIsNoEarlierFormation() {
        Extraction x = run("The Red Reed Battalions were formed on 2 May 2021. Lena Vost announced the formation of a new party.");
        assertThat(events(x, EventType.MOBILIZE)).filteredOn(e -> involves(x, e, "Lena Vost", null))
                .singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_anEventOnlyPointedBackToWithNobodyNamedIsNoNewEvent() {
        Extraction x = run("Rockets struck the port of Ber Tala on 2 May 2021. Nobody has claimed the attack.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.trigger()).isEqualTo("struck"));
    }

    @Test
    void extract_relativeClauseOfAnEventNounGivesItsActorAndDay() {
        Extraction x = run("Thousands marched in Port Selin, ignoring a curfew that the government of Prime Minister Oren "
                + "Falk had imposed on 2 May 2021.");
        assertThat(events(x, EventType.COERCE)).filteredOn(e -> e.trigger().equals("curfew")).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Oren Falk", "actor")).isTrue();
            assertThat(e.date()).isEqualTo("2021-05-02");
        });
    }

    @Test
    void extract_heldASummitWithXMakesXTakePart() {
        Extraction x = run("On 3 May 2021 Prime Minister Oren Falk held a summit in Port Selin with the Kastmiri President Ilan Morr.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Oren Falk", "actor")).isTrue();
            assertThat(involves(x, e, "Ilan Morr", null)).isTrue();
        });
    }

    @Test
    void extract_theCommissionIsTheBodyNamedBeforeByThatHeadNoun() {
        Extraction x = run("The Higher Elections Commission published the results on 3 May 2021. On 4 May 2021 several "
                + "hundred supporters protested outside the commission's offices.");
        assertThat(events(x, EventType.PROTEST)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Higher Elections Commission", null)).isTrue());
    }

    @Test
    void extract_accusingTheCommissionIsActiveEvenWithASharedPassiveSubject() {
        Extraction x = run("The Higher Elections Commission published the results on 3 May 2021. On 4 May 2021, Sora Piet, "
                + "who leads the Green Dawn Party, said the results were \"fabricated\" and accused the commission of "
                + "manipulating the count.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Sora Piet", "actor")).isTrue();
            assertThat(involves(x, e, "Higher Elections Commission", "target")).isTrue();
        });
    }

    @Test
    void extract_winningSeatsInAnElectionTakesPartInIt() {
        Extraction x = run("The Green Dawn Party won 68 seats in the parliamentary election of 3 May 2021.");
        assertThat(events(x, EventType.ELECTION)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Green Dawn Party", null)).isTrue());
    }

    @Test
    void extract_speakingAfterAnElectionIsNoPartInIt() {
        Extraction x = run("Lena Vost spoke on 4 May 2021 after the parliamentary elections.");
        assertThat(events(x, EventType.ELECTION)).allSatisfy(e -> assertThat(involves(x, e, "Lena Vost", null)).isFalse());
    }

    @Test
    void extract_anyAttackIsNoEvent() {
        Extraction x = run("The Amber Hill Movement condemned any attack on the port on 4 May 2021.");
        assertThat(events(x, EventType.ASSAULT)).isEmpty();
    }

    @Test
    void extract_dayBeatsATimeOfDayBesideIt() {
        Extraction x = run("The raid began before dawn on 2 May 2021, when troops stormed the offices of the Amber Hill Movement.");
        assertThat(events(x, EventType.COERCE)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_marchingOnABodyIsAProtestAgainstIt() {
        Extraction x = run("On 3 May 2021 thousands of students marched on the Harbour Authority to demand jobs.");
        assertThat(events(x, EventType.PROTEST)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Harbour Authority", null)).isTrue();
            assertThat(e.date()).isEqualTo("2021-05-03");
        });
    }

    @Test
    void extract_givingTheConfidenceIsAnAppointment() {
        Extraction x = run("On 3 May 2021 the Harbour Assembly gave the confidence to the government of Oren Falk.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Harbour Assembly", "actor")).isTrue());
    }

    @Test
    void extract_restoringConfidenceIsNoAppointment() {
        Extraction x = run("The reform restored confidence between the Harbour Authority and the army on 3 May 2021.");
        assertThat(events(x, EventType.APPOINTMENT)).isEmpty();
    }

    @Test
    void extract_assigningSomeoneToFormAGovernmentIsAnAppointment() {
        Extraction x = run("Lena Vost, who the President of the Republic Tomas Berg assigned on 3 May 2021 with forming "
                + "the new government, is a banker.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_eventInAnInfinitiveIsUnrealized() {
        Extraction x = run("On 3 May 2021 Lena Vost gave the police 48 hours to free the detainees.");
        assertThat(events(x, EventType.RETREAT)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void extract_eventInAFiniteClauseIsAsserted() {
        Extraction x = run("On 3 May 2021 the police freed the detainees of the Amber Hill Movement.");
        assertThat(events(x, EventType.RETREAT)).singleElement()
                .satisfies(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
    }

    @Test
    void extract_eventAfterWhichSomethingHappenedTakesNotItsDate() {
        Extraction x = run("Lena Vost spoke on 4 May 2021 after the parliamentary elections.");
        assertThat(events(x, EventType.ELECTION)).allSatisfy(e -> assertThat(e.date()).isNotEqualTo("2021-05-04"));
    }

    @Test
    void extract_ordinalDayFallsInTheMonthItsSentenceNames() {
        Extraction x = run("The arrests of Amber Hill Movement members in June 2021 were a surprise, as most of the "
                + "detainees were released on the 29th of the same month.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-06-29"));
    }

    @Test
    void extract_welcomingAnArrestIsNoPartInIt() {
        Extraction x = run("Police arrested Samir Deeb on 2 May 2021. The Green Dawn Party welcomed the arrest.");
        assertThat(events(x, EventType.COERCE)).isNotEmpty()
                .allSatisfy(e -> assertThat(involves(x, e, "Green Dawn Party", null)).isFalse());
    }

    @Test
    void extract_dateOfARelativeClauseDescribesItsNounNotTheEvent() {
        Extraction x = run("Tomas Reyvik, who has led the Grey Tide Brigades since 2018, is accused of smuggling fuel through the harbour.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_daysLaterThanAnUndatedDayIsUnknown() {
        Extraction x = run("Police arrested Samir Deeb in May 2021. He was released two days later.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_theSourceOfAReportTakesNoPartInTheEvent() {
        Extraction x = run("Police detained Samir Deeb on 2 May 2021, according to the Harbour Authority.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Samir Deeb", null)).isTrue();
            assertThat(involves(x, e, "Harbour Authority", null)).isFalse();
        });
    }
}
