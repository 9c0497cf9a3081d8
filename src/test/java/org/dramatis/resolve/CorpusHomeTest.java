package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.CLUSTERER;
import static org.dramatis.resolve.TestDocs.KEYS;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusHomeTest {
    private static final String IRAQ = KEYS.key("Iraq");
    private static final String TURKEY = KEYS.key("Turkey");
    private static final String IRAN = KEYS.key("Iran");

    private static CorpusHome.Evidence home(String key) {
        return new CorpusHome.Evidence(key, key == null ? Set.of() : Set.of(key), Set.of());
    }

    private static CorpusHome.Evidence names(Set<String> countries, Set<String> capitals) {
        return new CorpusHome.Evidence(null, countries, capitals);
    }

    @Test
    void of_isTheHomeOfMostDocumentsThatHaveOne() {
        assertThat(CorpusHome.of(List.of(home(IRAQ), home(TURKEY), home(IRAQ), home(null)), 4)).isEqualTo(IRAQ);
    }

    @Test
    void of_isNoneForACorpusOnSeveralCountries() {
        assertThat(CorpusHome.of(List.of(home(IRAQ), home(TURKEY), home(IRAN), home(IRAQ)), 4)).isNull();
        // One document is no corpus.
        assertThat(CorpusHome.of(List.of(home(IRAQ)), 1)).isNull();
        assertThat(CorpusHome.of(List.of(names(Set.of(IRAQ), Set.of(IRAQ))), 1)).isNull();
    }

    @Test
    void of_readsTheCapitalNamedInMostDocumentsWhenNoDocumentHasAHome() {
        var iraqi = names(Set.of(IRAQ, IRAN), Set.of(IRAQ));
        assertThat(CorpusHome.of(List.of(iraqi, iraqi, names(Set.of(IRAQ), Set.of()), names(Set.of(), Set.of(IRAQ))),
                4)).isEqualTo(IRAQ);
        // Two capitals named as often: no home. The capital in half the documents only: no home.
        var both = names(Set.of(IRAQ, IRAN), Set.of(IRAQ, IRAN));
        assertThat(CorpusHome.of(List.of(both, both, both), 3)).isNull();
        assertThat(CorpusHome.of(List.of(iraqi, iraqi), 4)).isNull();
        // The capital everywhere but its country hardly named: no home.
        var capitalOnly = names(Set.of(IRAN), Set.of(IRAQ));
        assertThat(CorpusHome.of(List.of(capitalOnly, capitalOnly, iraqi), 3)).isNull();
    }

    @Test
    void homeEvidence_readsTheDocumentsHomeTheCountriesAndTheCapitalsItNames() {
        var d = doc(1, "Iraq votes. Iraqi parties met. Iraq waits. Baghdad and Erbil agreed. Tehran warned.",
                "Iraq/COUNTRY", "Iraqi/COUNTRY", "Iraq/COUNTRY", "Baghdad/LOCATION", "Erbil/LOCATION",
                "Tehran/LOCATION");
        CorpusHome.Evidence e = CLUSTERER.homeEvidence(d.mentions());
        assertThat(e.home()).isEqualTo(IRAQ);
        assertThat(e.countries()).containsExactly(IRAQ);
        assertThat(e.capitals()).containsExactlyInAnyOrder(IRAQ, IRAN);
    }
}
