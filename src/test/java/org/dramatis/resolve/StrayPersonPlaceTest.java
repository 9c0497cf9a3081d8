package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A one-word place named without a place cue in one article ("ships waited outside X") is tagged a person there; it is
 * the place the other articles name with a cue, whichever article comes first.
 */
class StrayPersonPlaceTest {
    private static EntityResolver resolver() {
        return new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
    }

    private static void add(EntityResolver r, TestDocs.Doc d) {
        r.add(d.id(), d.clusters(), d.byIndex());
    }

    private static List<ResolvedEntity> holding(EntityResolver r, String surface) {
        return r.entities().stream().filter(e -> e.names().containsKey(surface)).toList();
    }

    @Test
    void aStrayPersonAfterThePlace_joinsThePlace() {
        EntityResolver r = resolver();
        add(r, doc(1, "Grain ships docked at the port of Vessaro on Monday.", "Vessaro/LOCATION"));
        add(r, doc(2, "Tankers waited outside Vessaro while Omar Tallis spoke.", "Vessaro/PERSON", "Omar Tallis/PERSON"));
        assertThat(holding(r, "Vessaro")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(ActorType.LOCATION);
                    assertThat(e.documents()).containsExactly(1L, 2L);
                });
    }

    @Test
    void aStrayPersonBeforeThePlace_becomesThePlace() {
        EntityResolver r = resolver();
        add(r, doc(1, "Tankers waited outside Vessaro. Vessaro stayed calm.", "Vessaro/PERSON", "Vessaro/PERSON"));
        add(r, doc(2, "Tankers left Vessaro too.", "Vessaro/PERSON"));
        add(r, doc(3, "Grain ships docked at the port of Vessaro on Monday.", "Vessaro/LOCATION"));
        assertThat(holding(r, "Vessaro")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void aStrayPersonJoinsThePlace_evenWhenAnotherStrayPersonCameFirst() {
        EntityResolver r = resolver();
        add(r, doc(1, "Grain ships docked at the port of Vessaro on Monday.", "Vessaro/LOCATION"));
        add(r, doc(2, "Tankers waited outside Vessaro.", "Vessaro/PERSON"));
        add(r, doc(3, "Omar Tallis left Vessaro.", "Omar Tallis/PERSON", "Vessaro/PERSON"));
        assertThat(holding(r, "Vessaro")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void aSurnameUsedAloneStaysWithItsPerson_evenWhenAPlaceSharesIt() {
        EntityResolver r = resolver();
        add(r, doc(1, "Grain ships docked at the port of Tallis on Monday.", "Tallis/LOCATION"));
        add(r, doc(2, "Omar Tallis spoke. Tallis left.", "Omar Tallis/PERSON", "Tallis/PERSON"));
        assertThat(holding(r, "Omar Tallis")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ActorType.PERSON));
        assertThat(holding(r, "Tallis")).extracting(ResolvedEntity::type)
                .containsExactlyInAnyOrder(ActorType.PERSON, ActorType.LOCATION);
    }
}
