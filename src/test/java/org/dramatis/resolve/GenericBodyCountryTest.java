package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two bodies with a generic name ("Ministry of Defence", "Supreme Court", "Presidential Council", "national news
 * agency") are one actor only when their country is the same ({@link BodyCountry}); invented countries.
 */
class GenericBodyCountryTest {
    private static long bodies(EntityResolver r, String name) {
        return r.entities().stream().filter(e -> e.names().containsKey(name)).count();
    }

    @Test
    void genericBodyNames() {
        BodyCountry b = new BodyCountry(TestDocs.KEYS);
        assertThat(List.of("Ministry of Defence", "the Supreme Court", "Presidential Council", "national news agency",
                "Navy")).allMatch(b::isGenericBody);
        assertThat(List.of("Kataib Nasrullah", "Ministry of Defence of Qadira", "Qadiri Navy", "NNA", "Veloria", "Islamic State",
                "National Front"))
                .noneMatch(b::isGenericBody);
    }

    @Test
    void resolve_joinsTheSameCountrysBodyWrittenNextToItsCountry() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira's Ministry of Defence denied the report.", "Qadira/COUNTRY", "Ministry of Defence/ORGANIZATION"));
        add(r, doc(2, "The Ministry of Defence in Qadira said the convoy was hit.", "Ministry of Defence/ORGANIZATION",
                "Qadira/COUNTRY"));
        assertThat(bodies(r, "Ministry of Defence")).isEqualTo(1);
    }

    @Test
    void resolve_keepsTwoCountriesBodiesOfOneNameApart() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira's Ministry of Defence denied the report.", "Qadira/COUNTRY", "Ministry of Defence/ORGANIZATION"));
        add(r, doc(2, "Veloria's Ministry of Defence confirmed it.", "Veloria/COUNTRY", "Ministry of Defence/ORGANIZATION"));
        add(r, doc(3, "The Ministry of Defence of Veloria repeated it.", "Ministry of Defence/ORGANIZATION", "Veloria/COUNTRY"));
        assertThat(bodies(r, "Ministry of Defence")).isEqualTo(2);
        assertThat(r.entities().stream().filter(e -> e.names().containsKey("Ministry of Defence"))
                .map(e -> e.documents().size())).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void resolve_readsTheArticlesDominantCountryWhenNoneIsWrittenNextToTheBody() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira held a vote. The Supreme Court annulled it, and Qadira protested. Veloria watched.",
                "Qadira/COUNTRY", "Supreme Court/ORGANIZATION", "Qadira/COUNTRY", "Veloria/COUNTRY"));
        add(r, doc(2, "Veloria held a vote. The Supreme Court upheld it, and Veloria rejoiced.",
                "Veloria/COUNTRY", "Supreme Court/ORGANIZATION", "Veloria/COUNTRY"));
        add(r, doc(3, "In Qadira the Supreme Court met again. Qadira waits.",
                "Qadira/COUNTRY", "Supreme Court/ORGANIZATION", "Qadira/COUNTRY"));
        assertThat(bodies(r, "Supreme Court")).isEqualTo(2);
        assertThat(r.entities().stream().filter(e -> e.names().containsKey("Supreme Court"))
                .map(e -> e.documents().size())).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void resolve_readsTheCountryFromANationalityWordInTheBodysName() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira mourned. The Qadiri national news agency said so, and the national news agency added more.",
                "Qadira/COUNTRY", "Qadiri national news agency/ORGANIZATION", "national news agency/ORGANIZATION"));
        add(r, doc(2, "Veloria's national news agency denied it.", "Veloria/COUNTRY", "national news agency/ORGANIZATION"));
        add(r, doc(3, "Qadira's national news agency repeated it.", "Qadira/COUNTRY", "national news agency/ORGANIZATION"));
        assertThat(bodies(r, "national news agency")).isEqualTo(2);
        assertThat(EntityResolverTest.holding(r, "Qadiri national news agency").documents()).containsExactly(1L, 3L);
    }

    @Test
    void resolve_joinsAGenericBodyWhoseCountryCannotBeRead() {
        EntityResolver r = resolver();
        add(r, doc(1, "Qadira's Presidential Council met.", "Qadira/COUNTRY", "Presidential Council/ORGANIZATION"));
        add(r, doc(2, "The Presidential Council met again.", "Presidential Council/ORGANIZATION"));
        assertThat(bodies(r, "Presidential Council")).isEqualTo(1);
    }

    @Test
    void resolve_keepsTheBodiesApartWhenEachDocumentIsResolvedBySeedingTheLastOnesEntities() {
        List<TestDocs.Doc> docs = List.of(
                doc(1, "Qadira's Ministry of Defence denied the report.", "Qadira/COUNTRY", "Ministry of Defence/ORGANIZATION"),
                doc(2, "Veloria's Ministry of Defence confirmed it.", "Veloria/COUNTRY", "Ministry of Defence/ORGANIZATION"),
                doc(3, "Colonel Vessaro spoke. Vessaro left.", "Vessaro/PERSON", "Vessaro/PERSON"),
                doc(4, "Fighting reached Vessaro.", "Vessaro/LOCATION"));
        EntityResolver incremental = resolver();
        for (TestDocs.Doc d : docs) {
            EntityResolver next = resolver();
            next.seed(incremental.entities()); // as an ingest in several runs does, from the store
            add(next, d);
            incremental = next;
        }
        EntityResolver oneRun = resolver();
        oneRun.rebuild(docs.stream().map(TestDocs.Doc::clustered).toList());

        assertThat(incremental.entities()).isEqualTo(oneRun.entities());
        assertThat(bodies(incremental, "Ministry of Defence")).isEqualTo(2);
    }
}
