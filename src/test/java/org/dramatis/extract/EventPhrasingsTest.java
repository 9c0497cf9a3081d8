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
 * Event phrasings people write without knowing the rules: each family (appointments, resignations, releases, founding,
 * strikes, protests, requests, visits) in the words of an ordinary news report, with a sentence where it must not fire.
 * Invented names and places, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class EventPhrasingsTest {
    @Test
    void extract_askingSomeoneToFormAGovernmentAppointsThem() {
        Extraction x = run("President Omar Telli asked Dana Roux to form a government on 4 June 2021.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement().satisfies(e -> {
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(e.date()).isEqualTo("2021-06-04");
            assertThat(involves(x, e, "Omar Telli", "actor")).isTrue();
            assertThat(involves(x, e, "Dana Roux", "target")).isTrue();
        });
    }

    @Test
    void extract_namingSomeoneToThePostAppointsThem() {
        Extraction x = run("Prime Minister Dana Roux named Karim Abed to the post on 4 June 2021.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Karim Abed", "target")).isTrue());
    }

    @Test
    void extract_swornInAndTakingOverAreTakingThePost() {
        Extraction x = run("Karim Abed was sworn in on 4 June 2021. Lena Vost took over the ministry in 2020.");
        assertThat(events(x, EventType.APPOINTMENT)).hasSize(2)
                .anySatisfy(e -> assertThat(involves(x, e, "Karim Abed", null)).isTrue())
                .anySatisfy(e -> assertThat(involves(x, e, "Lena Vost", null) && "2020".equals(e.date())).isTrue());
    }

    @Test
    void extract_whoReplacesSomeoneTakesThePostAndTheOneReplacedIsNoAppointee() {
        Extraction x = run("Karim Abed replaced Dana Roux as interior minister in May 2021.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Karim Abed", "target")).isTrue();
            assertThat(involves(x, e, "Dana Roux", "target")).isFalse();
            assertThat(involves(x, e, "Karim Abed", "actor")).isFalse();
        });
    }

    @Test
    void extract_takingABreakIsNoAppointment() {
        Extraction x = run("Lena Vost took a break in 2020.");
        assertThat(events(x, EventType.APPOINTMENT)).isEmpty();
    }

    @Test
    void extract_steppingDownIsAResignation() {
        Extraction x = run("Samir Deeb stepped down in 2020, citing health reasons.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("resignation");
            assertThat(e.date()).isEqualTo("2020");
        });
    }

    @Test
    void extract_aCoalitionFormedInAYearIsTheNamedGroupsFounding() {
        Extraction x = run("The Amber Hill Movement, a coalition formed in 2014, backs the government.");
        assertThat(events(x, EventType.MOBILIZE)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2014");
            assertThat(involves(x, e, "Amber Hill Movement", null)).isTrue();
        });
    }

    @Test
    void extract_rocketsLandingIsAnAttackButAPlaneLandingIsNot() {
        Extraction x = run("Rockets landed near the airport of Dunmore on 2 May 2021. A plane carrying Lena Vost landed in "
                + "Dunmore on 3 May 2021.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_supportersRallyingIsTheirGroupsProtest() {
        Extraction x = run("Supporters of the Amber Hill Movement rallied outside the embassy on 2 May 2021.");
        assertThat(events(x, EventType.PROTEST)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Amber Hill Movement", null)).isTrue());
    }

    @Test
    void extract_urgingAndCallingForAreRequests() {
        Extraction x = run("Lena Vost urged the Amber Hill Movement to disarm on 2 May 2021. Samir Deeb called for calm.");
        assertThat(events(x, EventType.REQUEST)).hasSize(2)
                .anySatisfy(e -> assertThat(involves(x, e, "Amber Hill Movement", "target")).isTrue())
                .anySatisfy(e -> assertThat(involves(x, e, "Samir Deeb", "actor")).isTrue());
    }

    @Test
    void extract_callingSomeoneANameIsNoRequest() {
        Extraction x = run("Samir Deeb called the plan a fraud.");
        assertThat(events(x, EventType.REQUEST)).isEmpty();
    }

    @Test
    void extract_flyingInForTalksIsOneVisit() {
        Extraction x = run("Lena Vost flew to Dunmore on 2 May 2021 for talks with Samir Deeb.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("visit");
            assertThat(involves(x, e, "Samir Deeb", null)).isTrue();
        });
    }

    @Test
    void extract_receivingAPersonIsAMeetingButReceivingALetterIsNot() {
        Extraction x = run("Samir Deeb received Lena Vost in Dunmore on 2 May 2021. Karim Abed received a letter on 3 May 2021.");
        assertThat(events(x, EventType.CONSULT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Lena Vost", null)).isTrue());
    }

    @Test
    void extract_demandingAReleaseIsNoRelease() {
        Extraction x = run("Supporters of the Amber Hill Movement demanded the release of Samir Deeb on 2 May 2021.");
        assertThat(events(x, EventType.RETREAT)).allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void extract_detaineesBeingFreeIsARelease() {
        Extraction x = run("Police arrested Samir Deeb and Karim Abed on 2 May 2021. Both men are free again.");
        assertThat(events(x, EventType.RETREAT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Samir Deeb", null)).isTrue());
    }

    @Test
    void extract_aCountryBeingFreeIsNoRelease() {
        Extraction x = run("\"Norvania is free,\" the crowd shouted on 2 May 2021.");
        assertThat(events(x, EventType.RETREAT)).isEmpty();
    }

    @Test
    void extract_aDeniedArrestIsNoArrest() {
        Extraction x = run("The interior ministry denied that police had arrested Samir Deeb on 2 May 2021.");
        assertThat(events(x, EventType.COERCE)).allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.DENIED));
    }

    @Test
    void extract_aMeetingThatWouldHappenIsHypothetical() {
        Extraction x = run("Lena Vost would meet Samir Deeb in Dunmore if the talks resumed.");
        assertThat(events(x, EventType.CONSULT)).filteredOn(e -> involves(x, e, "Lena Vost", null))
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void extract_commentingOnAnEarlierReleaseTakesNoPartInIt() {
        Extraction x = run("A court freed Samir Deeb on 2 May 2021. Lena Vost considered the release a victory.");
        assertThat(events(x, EventType.RETREAT)).noneSatisfy(e -> assertThat(involves(x, e, "Lena Vost", null)).isTrue());
    }

    @Test
    void extract_anAttackBelievedCarriedOutByAGroupNamesIt() {
        Extraction x = run("A drone struck a checkpoint of the Red Reed Battalions on 3 May 2021. The attack was believed to "
                + "have been carried out by the Amber Hill Movement.");
        assertThat(events(x, EventType.ASSAULT)).anySatisfy(e -> {
            assertThat(involves(x, e, "Amber Hill Movement", "actor")).isTrue();
            assertThat(e.date()).isEqualTo("2021-05-03");
        });
    }

    @Test
    void extract_aRocketStrikeIsAnAttackButAGeneralStrikeIsNot() {
        Extraction x = run("Officials linked Samir Deeb to the rocket strike on the airport of Dunmore on 2 May 2021. The "
                + "unions of Norvania called a general strike on 4 May 2021.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2021-05-02");
            assertThat(involves(x, e, "Samir Deeb", null)).isTrue();
        });
    }

    @Test
    void extract_aCrowdGatheringIsAProtestButALeaderGatheringFactionsIsNot() {
        Extraction x = run("Hundreds of supporters of the Amber Hill Movement gathered outside the embassy on 2 May 2021, "
                + "raising banners. Lena Vost gathered the factions on 3 May 2021.");
        assertThat(events(x, EventType.PROTEST)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_breakingIntoADepotIsARaid() {
        Extraction x = run("Security forces broke into a depot of the Red Reed Battalions on 2 May 2021.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("raid");
            assertThat(involves(x, e, "Red Reed Battalions", null)).isTrue();
        });
    }

    @Test
    void extract_hailingAnEarlierRaidIsNoSecondRaid() {
        Extraction x = run("Police raided a depot of the Red Reed Battalions on 3 May 2021. Lena Vost hailed the raid on "
                + "4 May 2021 as a brave step.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
        assertThat(events(x, EventType.SUPPORT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Lena Vost", "actor")).isTrue());
    }

    @Test
    void extract_condemningAnAttackAccusesButCondemningAnyAttackInGeneralNamesNoAttack() {
        Extraction x = run("Gunmen attacked the offices of the Amber Hill Movement in Dunmore on 2 May 2021. Lena Vost "
                + "condemned the attack on 3 May 2021.");
        assertThat(events(x, EventType.ACCUSE)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Lena Vost", "actor")).isTrue());
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-02"));
    }

    @Test
    void extract_aVerbPutFirstAsInTranslatedTextTakesTheNamedObjectAsSubject() {
        Extraction x = run("Gunmen attacked the offices of the Amber Hill Movement on 2 May 2021. And condemned the "
                + "Minister of Justice, Lena Vost, the attack.");
        assertThat(events(x, EventType.ACCUSE)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Lena Vost", "actor")).isTrue());
    }

    @Test
    void extract_beingShotDeadIsAKillingOfThePassiveSubject() {
        Extraction x = run("On 6 July 2020, the writer Samir Deeb was shot dead outside his home in Dunmore.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2020-07-06");
            assertThat(involves(x, e, "Samir Deeb", "target")).isTrue();
        });
    }

    @Test
    void extract_aPersonExecutedIsKilledButAPlanExecutedIsNot() {
        Extraction x = run("Samir Deeb was executed by the old regime in 1980. The ministry executed its plan in 2021.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("1980"));
    }

    @Test
    void extract_aCandidateWithdrawingConcedesButTroopsWithdrawnRetreat() {
        Extraction x = run("Karim Abed withdrew on 9 April 2020. Ostland withdrew its troops from Dunmore on 3 May 2021.");
        assertThat(events(x, EventType.CONCEDE)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Karim Abed", "actor")).isTrue());
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_aSanctionsListIsTheListersSanction() {
        Extraction x = run("On 8 January 2021 the Ostland Treasury put Karim Abed on its sanctions list.");
        assertThat(events(x, EventType.SANCTION)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Ostland Treasury", "actor")).isTrue());
    }

    @Test
    void extract_seatsWonInAnElectionAreThatElectionOnce() {
        Extraction x = run("The Amber Hill Movement won 40 seats in the election of 10 October 2021.");
        assertThat(events(x, EventType.ELECTION)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2021-10-10");
            assertThat(involves(x, e, "Amber Hill Movement", null)).isTrue();
        });
    }

    @Test
    void extract_comingFirstIsAnElectionButNotWhenDenied() {
        Extraction x = run("The Amber Hill Movement came first in the 2018 election. The Red Reed List did not win any seats.");
        assertThat(events(x, EventType.ELECTION)).filteredOn(e -> e.modality() == Modality.ASSERTED).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Amber Hill Movement", null)).isTrue());
    }

    @Test
    void extract_aCouncilChoosingSomeoneAsGovernorAppointsThem() {
        Extraction x = run("In 2017 the provincial council of Dunmore chose Karim Abed as governor.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2017");
            assertThat(involves(x, e, "Karim Abed", "target")).isTrue();
        });
    }

    @Test
    void extract_aVisitorReceivedInThePassiveIsMet() {
        Extraction x = run("On 20 August 2020 Lena Vost was received by President Omar Telli at the palace in Dunmore.");
        assertThat(events(x, EventType.CONSULT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Omar Telli", "actor")).isTrue());
    }

    @Test
    void extract_anEmergencySessionHeldIsAMeetingButAParliamentarySessionEndingIsNot() {
        Extraction x = run("The security council held an emergency session on 7 November 2021 chaired by Lena Vost. "
                + "The session of parliament ended late.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-11-07"));
    }

    @Test
    void extract_aPersonShotIsAnAssault_aFilmShotIsNone() {
        Extraction x = run("Samir Deeb was shot several times on 6 July 2021 outside his house in Vessa.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2021-07-06");
            assertThat(involves(x, e, "Samir Deeb", "target")).isTrue();
        });
        assertThat(events(run("The crew of Vessa Television shot a film about the dam in 2021."), EventType.ASSAULT)).isEmpty();
    }

    @Test
    void extract_theUnnamedMenOfARelativeClauseAreNotTheSpeaker() {
        Extraction x = run("Ilan Morr said he would find the men who murdered Samir Deeb.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Samir Deeb", "target")).isTrue();
            assertThat(involves(x, e, "Ilan Morr", null)).isFalse();
        });
    }

    @Test
    void extract_supportersCampingOutsideAreAProtest_sinceMidOctober() {
        Extraction x = run("Supporters of the Green Dawn Party have camped outside the Vessa ministry since mid-October. "
                + "The scouts camped by the lake in October.");
        assertThat(events(x, EventType.PROTEST)).singleElement().satisfies(e -> {
            assertThat(involves(x, e, "Green Dawn Party", null)).isTrue();
            assertThat(e.date()).isEqualTo("2021-10");
        });
    }

    @Test
    void extract_aPlaceBeforeAParticipleIsNotWhoDidIt() {
        // "killing" hangs on the main verb without a subject; the name before it is where the camp was, not the killer.
        Extraction x = run("On 3 June 2021 security forces broke up the protest camp outside the army headquarters in "
                + "Dunmore, killing well over a hundred people.");
        assertThat(events(x, EventType.ASSAULT)).isNotEmpty().noneSatisfy(e -> assertThat(involves(x, e, "Dunmore", "actor")).isTrue());
    }
}
