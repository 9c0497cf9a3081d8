package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Extraction over invented sentences (the invented country Veloria, its people and militias), as CoreNLP annotated
 * them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class ExtractorTest {
    private static Extraction run(String text) {
        return RulesFixture.run(text);
    }

    private static boolean has(Extraction x, FactKind kind, String subject, String object) {
        return facts(x, kind, subject, object).stream().anyMatch(f -> f.modality().countsAsFact());
    }

    private static List<FactClaim> facts(Extraction x, FactKind kind, String subject, String object) {
        return x.facts().stream().filter(f -> f.kind() == kind)
                .filter(f -> x.mentions().get(f.subject()).text().contains(subject))
                .filter(f -> object == null || f.object() >= 0 && x.mentions().get(f.object()).text().contains(object))
                .toList();
    }

    @Test
    void extract_findsRoleInAppositionAfterName() {
        Extraction x = run("Colonel Dara Venn, head of the Coastal Guard Brigades, spoke to reporters on Monday.");
        assertThat(has(x, FactKind.ROLE, "Dara Venn", "Coastal Guard Brigades")).isTrue();
    }

    @Test
    void extract_findsSpokesmanForBodyBeforeName() {
        Extraction x = run("The spokesman for the Northern Shield Movement, Tomas Orlev, said the convoy had left.");
        assertThat(has(x, FactKind.ROLE, "Tomas Orlev", "Northern Shield Movement")).isTrue();
    }

    @Test
    void extract_findsRoleVerbWithYears() {
        Extraction x = run("Mirel Osk heads the Velorian Unity Party and led the Highland Farmers League from 2005 to 2012.");
        assertThat(has(x, FactKind.ROLE, "Mirel Osk", "Velorian Unity Party")).isTrue();
        assertThat(facts(x, FactKind.ROLE, "Mirel Osk", "Highland Farmers League"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2005"));
    }

    @Test
    void extract_doesNotMakeVisitorTheHead() {
        Extraction x = run("Anton Berek met the head of the Coastal Guard Brigades in Port Selin.");
        assertThat(facts(x, FactKind.ROLE, "Anton Berek", null)).isEmpty();
    }

    @Test
    void extract_findsElectionRoleWithDate() {
        Extraction x = run("When Ilan Voss was elected prime minister in Norway on March 3, he promised reforms.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Voss", "Norway"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2022-03-03"));
    }

    @Test
    void extract_findsTerroristDesignationWithYear() {
        Extraction x = run("The Red Hand Brigades are a feared militia. Canada considered it a terrorist organization in 2015.");
        assertThat(facts(x, FactKind.DESIGNATED_TERRORIST, "Canada", "Red Hand Brigades"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2015"));
    }

    @Test
    void extract_findsBirthPlaceAndYear() {
        Extraction x = run("Born in Lyon in 1971, Sorel Maddox studied economics before entering politics.");
        assertThat(facts(x, FactKind.BORN, "Sorel Maddox", "Lyon"))
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("1971"));
    }

    @Test
    void extract_findsPartOfFromOneOfTheGroups() {
        Extraction x = run("Police raided offices of the Stone Lions Battalions, one of the largest groups of the Velorian Defense Forces.");
        assertThat(has(x, FactKind.PART_OF, "Stone Lions Battalions", "Velorian Defense Forces")).isTrue();
    }

    @Test
    void extract_findsDemonymBackedGroup() {
        Extraction x = run("The Russian-backed Steppe Wolves Front attacked a depot.");
        assertThat(has(x, FactKind.BACKS, "Russian", "Steppe Wolves Front")).isTrue();
    }

    @Test
    void extract_findsSupportAndOpposition() {
        Extraction x = run("Hanna Kell supported Ilan Voss. Later, Bram Toller turned against Ilan Voss.");
        assertThat(has(x, FactKind.SUPPORTS, "Hanna Kell", "Ilan Voss")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Bram Toller", "Ilan Voss")).isTrue();
    }

    @Test
    void extract_datesEventsAgainstTheDocumentDate() {
        Extraction x = run("On June 25, the Velorian Defense Forces stormed the headquarters of the Stone Lions Battalions in Port Selin.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.COERCE);
            assertThat(e.mode()).isEqualTo("raid");
            assertThat(e.date()).isEqualTo("2022-06-25");
            assertThat(e.place()).isEqualTo("Port Selin");
        });
    }

    @Test
    void extract_keepsNegatedArrestOutOfFacts() {
        Extraction x = run("Anton Berek was not arrested by the police.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.COERCE)
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.NEGATED));
    }

    @Test
    void extract_marksDeniedArrestAsNotAsserted() {
        Extraction x = run("The ministry denied that police arrested Anton Berek in Port Selin.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.COERCE)
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.DENIED));
    }
}
