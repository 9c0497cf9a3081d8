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
    void aPersonNamedSoThreeTimesStaysAPersonBesideThePlaceOfHisName() {
        // A warlord known by his home town's name: whichever article comes first, he is not the town.
        for (boolean placeFirst : new boolean[] {true, false}) {
            EntityResolver r = resolver();
            var place = doc(1, "Grain ships docked at the port of Vessaro on Monday.", "Vessaro/LOCATION");
            var person = doc(2, "Vessaro controls the toll road. Vessaro began as a driver. Traders say Vessaro paid them.",
                    "Vessaro/PERSON", "Vessaro/PERSON", "Vessaro/PERSON");
            add(r, placeFirst ? place : person);
            add(r, placeFirst ? person : place);
            assertThat(holding(r, "Vessaro")).as("place first: %s", placeFirst).hasSize(2)
                    .extracting(ResolvedEntity::type).containsExactlyInAnyOrder(ActorType.LOCATION, ActorType.PERSON);
        }
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

    /** A store in which earlier slips made a one-word person of the place's name, apart from the place. */
    private static EntityResolver seededWithASlip() {
        EntityResolver r = resolver();
        r.seed(List.of(new ResolvedEntity(1, "Vessaro", ActorType.PERSON, java.util.Map.of("Vessaro", 2), List.of(),
                        java.util.Set.of(1L)),
                new ResolvedEntity(2, "Vessaro", ActorType.LOCATION, java.util.Map.of("Vessaro", 1), List.of(),
                        java.util.Set.of(2L))));
        return r;
    }

    @Test
    void aStrayPerson_joinsThePlace_andTheEarlierSlipFoldsIntoIt() {
        EntityResolver r = seededWithASlip();
        add(r, doc(3, "Tankers waited outside Vessaro.", "Vessaro/PERSON"));
        assertThat(holding(r, "Vessaro")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ActorType.LOCATION);
            assertThat(e.documents()).containsExactly(1L, 2L, 3L);
            assertThat(e.reasons()).anyMatch(x -> x.contains("tagged person without a place cue"));
        });
    }

    @Test
    void thePlaceNamedAgain_foldsTheEarlierSlipIn() {
        EntityResolver r = seededWithASlip();
        add(r, doc(3, "Ships docked at the port of Vessaro.", "Vessaro/LOCATION"));
        assertThat(holding(r, "Vessaro")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ActorType.LOCATION);
            assertThat(e.documents()).containsExactly(1L, 2L, 3L);
        });
    }

    @Test
    void aSlipTheAnalystTypedAPerson_staysAPerson() {
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(),
                List.of(new Decision(1, Decision.Kind.RETYPE, "Vessaro", null, "PERSON")));
        r.seed(List.of(new ResolvedEntity(1, "Vessaro", ActorType.PERSON, java.util.Map.of("Vessaro", 2), List.of(),
                java.util.Set.of(1L))));
        add(r, doc(2, "Ships docked at the port of Vessaro.", "Vessaro/LOCATION"));
        assertThat(holding(r, "Vessaro")).extracting(ResolvedEntity::type).contains(ActorType.PERSON);
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
