package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.EntityResolverTest.together;
import static org.dramatis.resolve.TestDocs.doc;

import org.junit.jupiter.api.Test;

/**
 * "Qadiri X" is its own organization until the text joins it to X, and a group's short form refers back: written
 * before the longer name it is another group ("Nasrullah ... Kataib Nasrullah"). Invented names.
 */
class NationalityNamedGroupTest {
    @Test
    void resolve_aGroupNamedWithANationalityWordStaysApartFromAnotherArticlesGroup() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira mourned. The Qadiri Nasrullah fired rockets.", "Qadira/COUNTRY", "Qadiri Nasrullah/ORGANIZATION"));
        add(r, doc(2, "Kataib Nasrullah attacked a base.", "Kataib Nasrullah/ORGANIZATION"));
        add(r, doc(3, "Nasrullah claimed the attack.", "Nasrullah/ORGANIZATION"));
        assertThat(r.entities().stream().filter(e -> e.type() == org.dramatis.model.ActorType.ORGANIZATION)).hasSize(3);
    }

    @Test
    void resolve_theTextJoinsTheNationalityNamedGroupToItsShortForm() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira mourned. The Qadiri Nasrullah fired rockets. Nasrullah later denied it.",
                "Qadira/COUNTRY", "Qadiri Nasrullah/ORGANIZATION", "Nasrullah/ORGANIZATION"));
        add(r, doc(2, "Nasrullah claimed the attack.", "Nasrullah/ORGANIZATION"));
        assertThat(together(r, "Qadiri Nasrullah", "Nasrullah")).isTrue();
        assertThat(EntityResolverTest.holding(r, "Nasrullah").documents()).containsExactly(1L, 2L);
    }

    @Test
    void cluster_aShortFormTheTextGivesAnotherStateIsAnotherStatesGroup() {
        var other = doc(1, "Qadira and Veloria mourned. The Qadiri Nasrullah fired rockets. Veloria's Nasrullah government"
                        + " denied any part in it.",
                "Qadira/COUNTRY", "Veloria/COUNTRY", "Qadiri Nasrullah/ORGANIZATION", "Nasrullah/ORGANIZATION");
        assertThat(TestDocs.clusterOf(other.clusters(), other, "Nasrullah").mentions()).as("Veloria's, not Qadira's")
                .hasSize(1);
        var same = doc(2, "Qadira mourned. The Qadiri Nasrullah fired rockets. Qadira's Nasrullah denied it.",
                "Qadira/COUNTRY", "Qadiri Nasrullah/ORGANIZATION", "Nasrullah/ORGANIZATION");
        assertThat(TestDocs.clusterOf(same.clusters(), same, "Nasrullah").mentions()).as("the same state's").hasSize(2);
    }

    @Test
    void cluster_aGroupsShortFormWrittenBeforeTheLongerNameIsAnotherGroup() {
        var before = doc(1, "Nasrullah fired rockets. In the east, Kataib Nasrullah suspended its attacks.",
                "Nasrullah/ORGANIZATION", "Kataib Nasrullah/ORGANIZATION");
        assertThat(before.clusters()).hasSize(2);
        var after = doc(2, "Kataib Nasrullah suspended its attacks. Nasrullah denied it.",
                "Kataib Nasrullah/ORGANIZATION", "Nasrullah/ORGANIZATION");
        assertThat(after.clusters()).hasSize(1);
    }

    @Test
    void cluster_aSurnameStaysAloneWhenAFullNameTaggedAsAGroupEndsWithItToo() {
        var d = doc(1, "Karim Baqir al-Zubaidi led the party. The list backed by Hadi al-Zubaidi won. Zubaidi spoke.",
                "Karim Baqir al-Zubaidi/PERSON", "Hadi al-Zubaidi/ORGANIZATION", "Zubaidi/PERSON");
        assertThat(TestDocs.clusterOf(d.clusters(), d, "Zubaidi").mentions()).hasSize(1);
        var alone = doc(2, "Karim Baqir al-Zubaidi led the party. Zubaidi spoke.", "Karim Baqir al-Zubaidi/PERSON", "Zubaidi/PERSON");
        assertThat(alone.clusters()).hasSize(1);
    }
}
