package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.events;
import static org.dramatis.extract.RulesFixture.involves;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.EventType;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trigger words from the events lexicon, each with a sentence where the same word is no such event. */
@ExtendWith(StoredAnnotations.class)
class EventLexiconTest {
    @Test
    void anAbductionIsAnAssaultAndACaptureAnArrest() {
        Extraction x = run("In May 2007 gunmen abducted the engineer Samir Deeb in Kastmir.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2007-05"));
        Extraction captured = run("In March 2007 soldiers captured Ilan Morr and his brother in Tolmer.");
        assertThat(events(captured, EventType.COERCE)).singleElement()
                .satisfies(e -> assertThat(involves(captured, e, "Ilan Morr", "target")).isTrue());
        assertThat(events(run("In March 2007 the army captured the town of Tolmer."), EventType.COERCE)).isEmpty();
    }

    @Test
    void launchingRocketsIsAnAttackLaunchingAnInquiryIsNot() {
        Extraction x = run("The Red Reed Battalions launched rockets at the airport of Kastmir on 3 May 2021.");
        assertThat(events(x, EventType.ASSAULT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Red Reed Battalions", "actor")).isTrue());
        assertThat(events(run("The Red Reed Battalions launched an inquiry on 3 May 2021."), EventType.ASSAULT)).isEmpty();
    }

    @Test
    void steppingAsideIsAResignationAndAnAcceptedResignationAnAgreement() {
        Extraction x = run("Samir Deeb stepped aside on 9 April 2020.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2020-04-09"));
        Extraction accepted = run("The Council of the Nation accepted the resignation of Samir Deeb on 1 December 2019.");
        assertThat(events(accepted, EventType.AGREE)).singleElement()
                .satisfies(e -> assertThat(involves(accepted, e, "Council of the Nation", "actor")).isTrue());
        assertThat(events(run("Samir Deeb accepted an award from the Kastmir Academy."), EventType.AGREE)).isEmpty();
    }

    @Test
    void aPersonRestoredToAPostIsAnAppointment() {
        Extraction x = run("In May 2020 Ilan Morr restored Samir Deeb to the leadership of the Kastmir Guard.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Samir Deeb", null)).isTrue());
        assertThat(events(run("In May 2020 Ilan Morr restored order in Tolmer."), EventType.APPOINTMENT)).isEmpty();
    }

    @Test
    void groundTakenBackIsAnAttack() {
        Extraction x = run("The Kastmir Guard retook the town of Tolmer from the Red Reed Battalions in July 2017.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2017-07"));
    }

    @Test
    void officesSetOnFireAreAnAssault() {
        Extraction x = run("In October 2019 protesters set fire to the offices of the Amber Hill Movement in Tolmer.");
        assertThat(events(x, EventType.ASSAULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2019-10"));
        assertThat(events(run("In October 2019 the minister set a date for the vote."), EventType.ASSAULT)).isEmpty();
    }

    @Test
    void namingSomeoneToAPostIsAnAppointmentNamingOfficialsIsNot() {
        Extraction x = run("In July 2020 Prime Minister Lena Vost named Samir Deeb national security adviser.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2020-07");
            assertThat(involves(x, e, "Lena Vost", "actor")).isTrue();
        });
        assertThat(events(run("In July 2020 the report by Lena Vost named three officials."), EventType.APPOINTMENT)).isEmpty();
    }

    @Test
    void holdingSomeoneResponsibleIsAnAccusation() {
        Extraction x = run("On 6 November 2021 Samir Deeb held Lena Vost responsible for the deaths.");
        assertThat(events(x, EventType.ACCUSE)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Samir Deeb", "actor")).isTrue());
        assertThat(events(run("On 6 November 2021 Samir Deeb held a meeting in Tolmer."), EventType.ACCUSE)).isEmpty();
    }

    @Test
    void aCrowdStormingABuildingRiotsPoliceStormingItRaid() {
        Extraction x = run("Protesters stormed the consulate of Chile in Tolmer on 27 November 2019.");
        assertThat(events(x, EventType.PROTEST)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("riot"));
        assertThat(events(x, EventType.COERCE)).isEmpty();
        Extraction raid = run("Police stormed the depot of the Red Reed Battalions on 3 May 2021.");
        assertThat(events(raid, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("raid"));
    }
}
