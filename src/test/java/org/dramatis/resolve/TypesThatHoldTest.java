package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.TestDocs.doc;

import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A name the text writes as a person's ("Prime Minister Dastan") is never merged into a state or a place, and a state
 * never absorbs it ({@link PersonalUse}); a one-word "person" with no such cue is still a tagger's slip. Invented names.
 */
class TypesThatHoldTest {
    @Test
    void resolve_aPersonWrittenAfterATitleNeverJoinsTheStateOfThatName() {
        EntityResolver r = resolver();
        add(r, doc(1, "Troops entered Dastan.", "Dastan/COUNTRY"));
        add(r, doc(2, "Prime Minister Dastan met the envoys.", "Dastan/PERSON"));
        assertThat(r.entities()).hasSize(2);
        assertThat(r.entities()).extracting(ResolvedEntity::type).containsExactlyInAnyOrder(ActorType.COUNTRY, ActorType.PERSON);
    }

    @Test
    void resolve_aStateNeverAbsorbsAPersonWrittenAfterATitle() {
        EntityResolver r = resolver();
        add(r, doc(1, "Gen. Dastan met the envoys.", "Dastan/PERSON"));
        add(r, doc(2, "Troops entered Dastan.", "Dastan/COUNTRY"));
        add(r, doc(3, "Dastan denied the report.", "Dastan/PERSON"));
        assertThat(r.entities()).extracting(ResolvedEntity::type).contains(ActorType.PERSON, ActorType.COUNTRY);
    }

    @Test
    void resolve_aOneWordPersonWithNoTitleIsStillTheTaggersSlip() {
        EntityResolver r = resolver();
        add(r, doc(1, "Troops entered Dastan.", "Dastan/COUNTRY"));
        add(r, doc(2, "Dastan denied the report.", "Dastan/PERSON"));
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(ActorType.COUNTRY));
    }

    @Test
    void cluster_aPersonWrittenAfterATitleStaysApartFromThePlaceInOneArticle() {
        var titled = doc(1, "Prime Minister Dastan spoke. Troops entered Dastan.", "Dastan/PERSON", "Dastan/LOCATION");
        assertThat(titled.clusters()).hasSize(2);
        assertThat(TestDocs.clusterOf(titled.clusters(), titled, "Dastan").reasons())
                .anyMatch(r -> r.contains(PersonalUse.REASON));
        var bare = doc(2, "Dastan spoke. Troops entered Dastan.", "Dastan/PERSON", "Dastan/LOCATION");
        assertThat(bare.clusters()).hasSize(1);
    }

    @Test
    void titlesThatAlsoGoBeforePlacesAreNoCue() {
        PersonalUse use = new PersonalUse(TestDocs.KEYS.files());
        assertThat(use.titleBefore("talks with Prime Minister Dastan", 26)).isEqualTo("prime minister");
        assertThat(use.titleBefore("Gen. Dastan", 5)).isEqualTo("gen");
        assertThat(use.titleBefore("the former Dastan", 11)).isNull();
        assertThat(use.titleBefore("troops in Dastan", 10)).isNull();
    }
}
