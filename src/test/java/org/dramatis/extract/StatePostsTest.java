package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which state an untitled state post ("President X") belongs to when the sentence names no body: the place the sentence
 * opens in, against the document's home state. Invented people, real states (NER types them as countries).
 */
@ExtendWith(StoredAnnotations.class)
class StatePostsTest {
    @Test
    void aSentenceOpeningInAForeignCapitalGivesItsState() {
        Extraction x = run("Chile and Peru traded accusations on Monday, and Peru's army was put on alert. Peru's cabinet met. "
                + "In Santiago, President Ilan Morr said that no one had been hurt.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Chile")).anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Peru")).isEmpty();
    }

    @Test
    void aStateNamedByItsInitialsCountsForItsCapital() {
        Extraction x = run("Oman's ministers met. Oman asked the US to wait, and Oman's parliament agreed. "
                + "In Washington, Secretary of State Ilan Morr said the talks would go on.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "US")).isNotEmpty();
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Oman")).isEmpty();
    }

    @Test
    void aPlaceThatIsNoStateLeavesTheHomeState() {
        Extraction x = run("Oman's ministers met. Oman's parliament agreed, and Oman's army stood by. "
                + "In Kastmir, President Ilan Morr said that no one had been hurt.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Oman")).anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
    }

    @Test
    void aHolderWhoTookOfficeOnADateHoldsThePostFromThen() {
        Extraction x = run("Oman's parliament met. It was the first move by Prime Minister Ilan Morr, who took office in "
                + "March 2020 promising reform.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", null)).anySatisfy(f -> assertThat(f.start()).isEqualTo("2020-03"));
        Extraction met = run("Oman's parliament met. Prime Minister Ilan Morr, who met Samir Deeb in March 2020, spoke.");
        assertThat(facts(met, FactKind.ROLE, "Ilan Morr", null)).allSatisfy(f -> assertThat(f.start()).isNull());
    }

    @Test
    void aPremiersCabinetIsNoState() {
        // "Kardouk's second cabinet": a person the text names in full owns the cabinet; NER's one-word "person" owning a
        // government is a state only when no full name ends with it.
        Extraction x = run("Oman's parliament met on Monday. Prime Minister Osman Kardouk was sworn in. "
                + "In Kardouk's second cabinet, Samir Deeb became finance minister. Kardouk said the government would last.");
        assertThat(facts(x, FactKind.ROLE, "Samir Deeb", "Kardouk")).isEmpty();
        assertThat(facts(x, FactKind.ROLE, "Samir Deeb", "Oman")).anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of finance"));
    }
}
