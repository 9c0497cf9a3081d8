package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.CoreNlpAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The second round of general rules, each over invented sentences (invented states Veloria and Kastmir), with real models. */
class ExtractorRulesIT {
    private static final LocalDate DATE = LocalDate.of(2022, 9, 15);
    private static CoreNlpAdapter nlp;
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAdapter.create();
        extractor = new Extractor();
    }

    private static Extraction run(String text) {
        return extractor.extract(nlp.annotate(text, DATE), DATE);
    }

    private static List<FactClaim> facts(Extraction x, FactKind kind, String subject, String object) {
        return x.facts().stream().filter(f -> f.kind() == kind && f.modality().countsAsFact())
                .filter(f -> x.mentions().get(f.subject()).text().contains(subject))
                .filter(f -> object == null || f.object() >= 0 && x.mentions().get(f.object()).text().contains(object))
                .toList();
    }

    private static boolean has(Extraction x, FactKind kind, String subject, String object) {
        return !facts(x, kind, subject, object).isEmpty();
    }

    @Test
    void extract_derivedDemonymNamesTheCountry() {
        Extraction x = run("Kastmir denied the report. The Kastmiri-backed Iron Lantern Brigades attacked a fuel depot.");
        assertThat(has(x, FactKind.BACKS, "Kastmir", "Iron Lantern Brigades")).isTrue();
        assertThat(x.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Kastmir");
            assertThat(m.type()).isEqualTo(ActorType.COUNTRY);
        });
    }

    @Test
    void extract_ministerOfPhraseBeforeNameKeepsNameOutOfRole() {
        Extraction x = run("Minister of Fisheries Oren Dask visited the harbour on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Oren Dask", null))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of fisheries"));
    }

    @Test
    void extract_untitledPremierBelongsToHomeStateNotToForeignEmbassy() {
        Extraction x = run("Prime Minister Tavi Rask spoke in Veloria on Monday. The Kastmiri embassy in Veloria was closed. "
                + "The government of Veloria put its army on alert. Kastmir said nothing.");
        assertThat(facts(x, FactKind.ROLE, "Tavi Rask", null))
                .allSatisfy(f -> assertThat(x.mentions().get(f.object()).text()).isEqualTo("Veloria"));
        assertThat(facts(x, FactKind.ROLE, "Tavi Rask", "Kastmir")).isEmpty();
    }

    @Test
    void extract_groupThatSpeaksIsAnOrganization() {
        Extraction x = run("The spokesman for Harat al-Nour, Samir Deeb, said the fighters had left the town of Ber Tala.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Harat al-Nour"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
    }
}
