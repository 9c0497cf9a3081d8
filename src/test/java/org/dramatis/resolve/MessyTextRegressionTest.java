package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.TestDocs.doc;

import org.junit.jupiter.api.Test;

/**
 * False merges and splits seen on the real-article corpora (issue 15), pinned on invented names: two full names that
 * differ in the middle, a bare head word bound twice, an acronym tagged as a person, an acronym spelt out with a word's
 * other form.
 */
class MessyTextRegressionTest {
    @Test
    void resolve_fullNamesThatDifferInTheirMiddleNameAreTwoPersons() {
        EntityResolver r = resolver();
        add(r, doc(1, "Ahmad Karim al-Zubaidi was executed in 1980.", "Ahmad Karim al-Zubaidi/PERSON"));
        add(r, doc(2, "Ahmad Fadil al-Zubaidi led the revival.", "Ahmad Fadil al-Zubaidi/PERSON"));
        add(r, doc(3, "Ahmed Karim al-Zubaydi was remembered.", "Ahmed Karim al-Zubaydi/PERSON"));
        assertThat(r.entities()).hasSize(2);
        assertThat(EntityResolverTest.together(r, "Ahmad Karim al-Zubaidi", "Ahmed Karim al-Zubaydi")).isTrue();
    }

    @Test
    void cluster_aBareHeadWordStaysWithTheGroupItFirstStoodFor() {
        var d = doc(1, "Kataib al-Fajr said so. The Kataib denied it. Later Kataib al-Nur formed. The Kataib said more.",
                "Kataib al-Fajr/ORGANIZATION", "Kataib/PERSON", "Kataib al-Nur/ORGANIZATION", "Kataib/PERSON");
        assertThat(TestDocs.clusterOf(d.clusters(), d, "Kataib al-Nur").mentions()).hasSize(1);
        assertThat(TestDocs.clusterOf(d.clusters(), d, "Kataib al-Fajr").mentions()).hasSize(3);
    }

    @Test
    void cluster_anAcronymTaggedAsAPersonJoinsTheGroupItAbbreviates() {
        var d = doc(1, "The Veloria National Intelligence Service (VNIS) said so.", "Veloria National Intelligence Service/ORGANIZATION",
                "VNIS/PERSON");
        assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(org.dramatis.model.ActorType.ORGANIZATION));
    }

    @Test
    void resolve_anAcronymSpeltOutWithAnotherFormOfTheSameWordsJoins() {
        EntityResolver r = resolver();
        add(r, doc(1, "The Zagrostan Democratic Party (ZDP) won.", "Zagrostan Democratic Party/ORGANIZATION", "ZDP/ORGANIZATION"));
        add(r, doc(2, "The Zagrostani Democratic Party denied it.", "Zagrostani Democratic Party/ORGANIZATION"));
        assertThat(r.entities()).hasSize(1);
    }
}
