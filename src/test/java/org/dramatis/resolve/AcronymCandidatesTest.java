package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms meet only acronyms the text wrote, and an acronym inside a name counts all its letters; invented names. */
class AcronymCandidatesTest {
    private static EntityResolver resolve(TestDocs.Doc... docs) {
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
        for (TestDocs.Doc d : docs) {
            r.add(d.id(), d.clusters(), d.byIndex());
        }
        return r;
    }

    @Test
    void resolve_anAcronymJoinsTheNameItAbbreviatesEitherWayRound() {
        assertThat(resolve(doc(1, "The NLF attacked a convoy.", "NLF/ORGANIZATION"),
                doc(2, "The National Liberation Front denied it.", "National Liberation Front/ORGANIZATION")).entities()).hasSize(1);
        assertThat(resolve(doc(1, "The National Liberation Front denied it.", "National Liberation Front/ORGANIZATION"),
                doc(2, "The NLF attacked a convoy.", "NLF/ORGANIZATION")).entities()).hasSize(1);
    }

    @Test
    void resolve_anAcronymSpeltOutToAnotherNameDoesNotJoin() {
        // generated initials "nlf" of one group never meet the acronym another country's articles wrote for theirs
        assertThat(resolve(doc(1, "The Nasiri Liberation Front (NLF) attacked a convoy.", "Nasiri Liberation Front/ORGANIZATION",
                        "NLF/ORGANIZATION"),
                doc(2, "The National Liberation Front denied it.", "National Liberation Front/ORGANIZATION")).entities()).hasSize(2);
        assertThat(resolve(doc(1, "The National Liberation Front denied it.", "National Liberation Front/ORGANIZATION"),
                doc(2, "The Nasiri Liberation Front (NLF) attacked a convoy.", "Nasiri Liberation Front/ORGANIZATION",
                        "NLF/ORGANIZATION")).entities()).hasSize(2);
        // a spelling of the same words is no other name
        assertThat(resolve(doc(1, "The Popular Defence Forces (PDF) withdrew.", "Popular Defence Forces/ORGANIZATION", "PDF/ORGANIZATION"),
                doc(2, "The Popular Defence Force denied it.", "Popular Defence Force/ORGANIZATION")).entities()).hasSize(1);
    }

    @Test
    void acronymsALetterApartNeverJoin() {
        assertThat(TestDocs.KEYS.isAcronymOf("UN", "US Navy")).isFalse();
        assertThat(TestDocs.KEYS.isAcronymOf("USN", "US Navy")).isTrue();
        assertThat(TestDocs.KEYS.isAcronymOf("UN", "United Nations")).isTrue();
        assertThat(TestDocs.KEYS.initials("US Navy")).doesNotContain("un");
        assertThat(resolve(doc(1, "The United Nations (UN) sent an envoy.", "United Nations/ORGANIZATION", "UN/ORGANIZATION"),
                doc(2, "The US Navy sailed past.", "US Navy/ORGANIZATION")).entities()).hasSize(2);
        var one = doc(3, "The US Navy escorted the ship and the UN observers watched.", "US Navy/ORGANIZATION", "UN/ORGANIZATION");
        assertThat(one.clusters()).hasSize(2);
    }
}
