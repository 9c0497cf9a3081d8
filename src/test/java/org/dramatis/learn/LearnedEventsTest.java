package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.Extractor;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bundled models, through the {@link ClaimExtractor} contract, on CoreNLP's stored annotations of sentences written
 * for this test (invented names).
 */
@ExtendWith(StoredAnnotations.class)
class LearnedEventsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 3, 14);
    private static ClaimExtractor both;

    @BeforeAll
    static void load() {
        EventModels models = EventModels.bundled();
        assertThat(models).as("the jar ships the event models").isNotNull();
        both = new HybridExtractor(new Extractor(), models, HybridExtractor.Mode.BOTH, 0.5);
    }

    private static List<EventClaim> asserted(String text) {
        Extraction x = both.extract(StoredAnnotations.of(text, DATE), DATE, "test");
        return x.events().stream().filter(e -> e.modality().countsAsFact()).toList();
    }

    @Test
    void aQuestionADenialAndAConditionalGiveNoAssertedAttack() {
        assertThat(asserted("Will the Harbour Brigade attack the port of Tolmer again?"))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(asserted("The Harbour Brigade denied attacking the port of Tolmer on Monday."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(asserted("If the talks collapse, the Harbour Brigade could attack the port of Tolmer."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aDeedNoOneTakesPartInIsNoEvent() {
        assertThat(asserted("Heavy gunfire continued through the night and two loud explosions were heard.")).isEmpty();
    }

    @Test
    void anAssertedAttackIsFoundWithItsAttacker() {
        List<EventClaim> events = both.extract(StoredAnnotations.of(
                "Fighters of the Harbour Brigade attacked an army checkpoint near Tolmer on Monday, killing four soldiers.",
                DATE), DATE, "test").events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ASSAULT);
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        });
    }

    @Test
    void aLearnedEventIsDatedByTheRulesDating() {
        String text = "Fighters of the Harbour Brigade attacked an army checkpoint near Tolmer on Monday, killing four soldiers.";
        Extractor rules = new Extractor();
        ClaimExtractor models = new HybridExtractor(rules, EventModels.bundled(), HybridExtractor.Mode.MODELS, 0.5);
        EventClaim learned = models.extract(StoredAnnotations.of(text, DATE), DATE, "test").events().stream()
                .filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        EventClaim ruled = rules.extract(StoredAnnotations.of(text, DATE), DATE, "test").events().stream()
                .filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertThat(learned.rule()).as("found by the models").isNull();
        assertThat(learned.date()).as("on Monday, told on Tuesday 14 March").isEqualTo("2023-03-13").isEqualTo(ruled.date());
    }

    @Test
    void anAppointmentTellsWhoAppointedWhomAndADismissalDoesNot() {
        // No naming verb the rules read ("picked"): the appointment is the event models' and the fact comes from it.
        String text = "On Monday President Lena Marvo picked Tomas Reyl to be the new defence minister of Veloria."
                + " A week later Marvo dismissed Arvid Kell, the interior minister.";
        Extraction x = both.extract(StoredAnnotations.of(text, DATE), DATE, "test");
        List<String> appointed = x.facts().stream().filter(f -> f.kind() == FactKind.APPOINTED)
                .map(f -> x.mentions().get(f.subject()).text() + " -> " + x.mentions().get(f.object()).text()).toList();
        assertThat(appointed).anyMatch(a -> a.endsWith("-> Tomas Reyl")).noneMatch(a -> a.endsWith("-> Arvid Kell"));
    }

    @Test
    void aStateIsNotAlignedWithItsOwnBody() {
        // The rules place the ministry in Iraq; the relation model alone had read the pair as backing.
        String text = "The U.S. State Department said the Iraqi Ministry of Defence was told.";
        Extraction x = both.extract(StoredAnnotations.of(text, DATE), DATE, "test");
        List<FactKind> kinds = x.facts().stream().filter(f -> f.object() >= 0
                && java.util.Set.of(x.mentions().get(f.subject()).text(), x.mentions().get(f.object()).text())
                .equals(java.util.Set.of("Iraqi", "Ministry of Defence"))).map(FactClaim::kind).toList();
        assertThat(kinds).contains(FactKind.PART_OF).noneMatch(k -> k.section() == FactKind.Section.ALIGNMENT);
    }

    @Test
    void aPostInAGovernmentNamedWithItsAcronymMakesNoModelMembership() {
        // The rules give the post and no membership (a government has posts, not members); the relation model alone
        // had read the acronym beside the name as the premier's membership.
        String text = "Masrour Barzani, prime minister of the Kurdistan Regional Government (KRG), condemned the attack.";
        Extraction x = both.extract(StoredAnnotations.of(text, DATE), DATE, "test");
        assertThat(x.facts()).anyMatch(f -> f.kind() == FactKind.ROLE && f.object() >= 0
                && x.mentions().get(f.object()).text().equals("Kurdistan Regional Government"));
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.MEMBER);
    }
}
