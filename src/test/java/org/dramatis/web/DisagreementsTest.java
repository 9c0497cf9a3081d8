package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;

class DisagreementsTest {
    private static long claims;

    private static Evidence said(String outlet, String sentence) {
        return new Evidence(++claims, claims, "doc" + claims, null, outlet, null, null, 0, sentence, 0, sentence.length(),
                Modality.ASSERTED, null);
    }

    private static Fact fact(FactKind kind, long subject, long object, String role, Evidence... evidence) {
        return new Fact(kind + ":" + subject + ":" + object + ":" + role, kind, subject, "Actor " + subject, object,
                "Actor " + object, role, null, null, null, Modality.ASSERTED, List.of(evidence));
    }

    private static Event event(Evidence... evidence) {
        return new Event("ev1", EventType.COERCE, "arrest", "2023-02-11", null, "Police detained protesters",
                List.of(new Participant(1, "Police", ActorType.ORGANIZATION, "actor")), List.of(evidence));
    }

    @Test
    void outletsStatingOneMembershipInSentencesWithDifferentNumbersAgree() {
        Fact member = fact(FactKind.MEMBER, 1, 2, null,
                said("Lake Post", "In 2019 the Salt Front, with 3,000 fighters, joined the Harbour Alliance."),
                said("Coast Wire", "The Salt Front is one of 12 groups in the Harbour Alliance."),
                said("Hill Courier", "Founded in 2011, the Salt Front belongs to the Harbour Alliance."));
        assertThat(Disagreements.find(List.of(member), List.of())).isEmpty();
        assertThat(Disagreements.agreements(List.of(member))).singleElement()
                .satisfies(a -> assertThat(a.outlets()).containsExactly("Coast Wire", "Hill Courier", "Lake Post"));
    }

    @Test
    void differentCountsOfOneEventAreAPointButOtherNumbersAreNot() {
        Event counted = event(said("Lake Post", "Police detained 14 protesters on Saturday, 2 days after the vote."),
                said("Coast Wire", "Officers held 12 protesters in the square."));
        assertThat(Disagreements.find(List.of(), List.of(counted))).singleElement()
                .satisfies(p -> assertThat(p.byOutlet()).containsOnlyKeys("Lake Post", "Coast Wire"));
        Event alike = event(said("Lake Post", "Police detained 14 protesters on Saturday, 2 days after the vote."),
                said("Coast Wire", "In 2023 officers held 14 protesters in the square, 300 metres from parliament."));
        assertThat(Disagreements.find(List.of(), List.of(alike))).isEmpty();
        Event days = event(said("Lake Post", "Police detained them on 3 May."), said("Coast Wire", "They were held on 4 May."));
        assertThat(Disagreements.find(List.of(), List.of(days))).hasSize(1);
    }

    @Test
    void aPostInTwoBodiesASideTakenBothWaysAndTwoTitlesAreDisagreements() {
        Fact guard = fact(FactKind.ROLE, 1, 2, "commander", said("Lake Post", "Venn commands the Guard."));
        Fact front = fact(FactKind.ROLE, 1, 3, "commander", said("Coast Wire", "Venn commands the Front."));
        Fact deputy = fact(FactKind.ROLE, 1, 2, "deputy commander", said("Coast Wire", "Venn is the Guard's deputy commander."));
        assertThat(Disagreements.find(List.of(guard, front, deputy), List.of())).singleElement()
                .satisfies(p -> assertThat(p.heading()).isEqualTo("Actor 1 — commander"));
        Fact supports = fact(FactKind.SUPPORTS, 4, 5, null, said("Lake Post", "The Front supports the council."));
        Fact opposes = fact(FactKind.OPPOSES, 4, 5, null, said("Coast Wire", "The Front opposes the council."));
        Fact reverse = fact(FactKind.OPPOSES, 5, 4, null, said("Hill Courier", "The council opposes the Front."));
        assertThat(Disagreements.find(List.of(supports, opposes, reverse), List.of())).singleElement()
                .satisfies(p -> assertThat(p.heading()).isEqualTo("Actor 4 — side towards Actor 5"));
        Fact alone = fact(FactKind.OPPOSES, 4, 5, null, said("Lake Post", "The Front opposes the council."),
                said("Coast Wire", "The Front is against the council."));
        assertThat(Disagreements.find(List.of(alone), List.of())).isEmpty();
    }
}
