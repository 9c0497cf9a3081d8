package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Groups named by a plural ("the Houthis") and the singular of that name ("Houthi fighters", "Houthi leader X"), which
 * NER takes for persons. Invented names, and one real one whose NER reading the test needs, as CoreNLP annotated them
 * (stored).
 */
@ExtendWith(StoredAnnotations.class)
class GroupNamesTest {
    @Test
    void extract_aPluralNameAfterTheIsAGroupNotAPerson() {
        // NER takes "the Hamdanis" for a person; a person has no plural and no article, a group named by one has both.
        Extraction x = run("The Hamdanis said they would keep attacking ships. Oman has backed the Hamdanis since 2015.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Hamdanis")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
        Extraction y = run("Karim Hamdanis said the talks would go on. Hamdanis left on Monday.");
        assertThat(y.mentions()).filteredOn(m -> m.text().equals("Hamdanis")).allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void extract_theSingularOfAGroupsPluralNameQualifyingANounIsTheGroup() {
        // NER calls "Hamdani" a person, and a leader bears it as surname; qualifying "fighters" it is the Hamdanis'.
        Extraction x = run("The Hamdanis fired rockets on Monday. Karim al-Hamdani said Hamdani fighters would go on.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Hamdani")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
    }

    @Test
    void extract_aLeaderNamedWithTheSingularOfAGroupsPluralNameLeadsThatGroup() {
        Extraction x = run("SANAA, Jan 12, 2024 (Wire) - The Houthis said they would keep attacking ships. Houthi leader "
                + "Abdul-Malik al-Houthi vowed to respond.");
        assertThat(facts(x, FactKind.ROLE, "Abdul-Malik al-Houthi", "Houthi")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Houthi")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
    }
}
