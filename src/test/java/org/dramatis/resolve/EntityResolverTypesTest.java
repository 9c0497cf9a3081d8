package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.holding;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.EntityResolverTest.together;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * One name tagged as different types across documents (a place read as a person, an organization as a place, a
 * capital for its state, a nationality word for its country): when the resolver joins them, which type wins, and when
 * it keeps them apart. {@link EntityResolverTest} has the rest of the resolver's rules.
 */
class EntityResolverTypesTest {
    @Test
    void resolve_joinsAOneWordPlaceTaggedAsPersonInAnotherDocument() {
        EntityResolver r = resolver();
        add(r, doc(1, "Veltoria denied the report.", "Veltoria/PERSON"));
        add(r, doc(2, "Troops from Veltoria crossed.", "Veltoria/LOCATION"));
        add(r, doc(3, "Veltoria protested.", "Veltoria/PERSON"));
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void resolve_keepsAOneWordPersonApartFromAPlaceWhenAFullNameOwnsIt() {
        EntityResolver r = resolver();
        add(r, doc(1, "Omar Veltori spoke.", "Omar Veltori/PERSON"));
        add(r, doc(2, "Troops from Veltori crossed.", "Veltori/LOCATION"));
        add(r, doc(3, "Veltori spoke again.", "Veltori/PERSON"));
        assertThat(together(r, "Omar Veltori", "Veltori")).isTrue();
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_joinsOrganizationTaggedAsPlaceOrPersonAcrossDocuments() {
        EntityResolver r = resolver();
        add(r, doc(1, "Kataib al-Fajr claimed it.", "Kataib al-Fajr/LOCATION"));
        add(r, doc(2, "Kataib al-Fajr denied it.", "Kataib al-Fajr/PERSON"));
        add(r, doc(3, "The Fajr Brigades denied it.", "Fajr Brigades/ORGANIZATION"));
        assertThat(r.entities()).hasSize(1);
    }

    @Test
    void resolve_joinsACapitalReadAsItsStateToTheCountryInAnotherDocument() {
        EntityResolver r = resolver();
        add(r, doc(1, "The envoy held talks with Ankara.", "Ankara/LOCATION"));
        add(r, doc(2, "Turkey denied it. Fighting went on near Ankara.", "Turkey/COUNTRY", "Ankara/LOCATION"));
        assertThat(r.entities()).hasSize(2);
        assertThat(holding(r, "Turkey").names()).containsKey("Ankara");
        assertThat(holding(r, "Turkey").type()).isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void resolve_personsFullNameTaggedAsAnOrganizationOnceJoinsThePerson() {
        EntityResolver r = resolver();
        add(r, doc(1, "Fareed al-Kubaysi met the envoy.", "Fareed al-Kubaysi/PERSON"));
        add(r, doc(2, "Talks resumed, Fareed al-Kubaysi said.", "Fareed al-Kubaysi/PERSON"));
        List<Assignment> a = add(r, doc(3, "Farid Al-Kubaisi said the vote would wait.", "Farid Al-Kubaisi/ORGANIZATION"));

        assertThat(together(r, "Fareed al-Kubaysi", "Farid Al-Kubaisi")).isTrue();
        assertThat(holding(r, "Farid Al-Kubaisi").type()).isEqualTo(ActorType.PERSON);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.contains("tagger slipped"));
    }

    @Test
    void resolve_personJoinsHisNameTaggedAsAPlaceEarlierAndTheMajorityTypeWins() {
        EntityResolver r = resolver();
        add(r, doc(1, "Farid Al-Kubaisi told the council to wait.", "Farid Al-Kubaisi/LOCATION"));
        add(r, doc(2, "Fareed al-Kubaysi met the envoy.", "Fareed al-Kubaysi/PERSON"));
        add(r, doc(3, "Later Fareed al-Kubaysi left.", "Fareed al-Kubaysi/PERSON"));
        add(r, doc(4, "Kubaysi spoke again.", "Kubaysi/PERSON"));

        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ActorType.PERSON);
            assertThat(e.names()).containsKeys("Farid Al-Kubaisi", "Fareed al-Kubaysi", "Kubaysi");
        });
    }

    @Test
    void resolve_organizationNamedAfterAPersonStaysApart() {
        EntityResolver r = resolver();
        add(r, doc(1, "Farid al-Kubaisi met the envoy.", "Farid al-Kubaisi/PERSON"));
        add(r, doc(2, "The Martyr Farid al-Kubaisi Brigades attacked.", "Farid al-Kubaisi/ORGANIZATION"));
        add(r, doc(3, "Martyr Farid al-Kubaisi Brigades fired again.", "Martyr Farid al-Kubaisi Brigades/ORGANIZATION"));
        add(r, doc(4, "Kubaisi Foundation paid.", "Kubaisi Foundation/ORGANIZATION"));
        add(r, doc(5, "Kataib Farid al-Kubaisi marched.", "Kataib Farid al-Kubaisi/LOCATION"));

        assertThat(r.entities()).hasSize(5);
        assertThat(holding(r, "Farid al-Kubaisi").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void resolve_placeAndPersonSharingANameStayApartWhenThePlaceIsUsedAsAPlace() {
        EntityResolver r = resolver();
        add(r, doc(1, "Fighting was reported near Nouri Haddadin, a farming town.", "Nouri Haddadin/LOCATION"));
        add(r, doc(2, "Nouri Haddadin, the mayor, met the envoy.", "Nouri Haddadin/PERSON"));
        add(r, doc(3, "Supplies reached trucks in Nouri Haddadin.", "Nouri Haddadin/LOCATION"));

        assertThat(r.entities()).extracting(ResolvedEntity::type)
                .containsExactlyInAnyOrder(ActorType.PERSON, ActorType.LOCATION);
        assertThat(r.entities()).filteredOn(e -> e.type() == ActorType.LOCATION).singleElement()
                .satisfies(e -> assertThat(e.documents()).containsExactly(1L, 3L));
    }

    @Test
    void resolve_aNationalityWordBuiltFromAPlaceIsThatCountryNotAnActorOfItsOwn() {
        EntityResolver r = resolver();
        add(r, doc(1, "Envoys of Veskaria met in Brennholt.", "Veskaria/COUNTRY", "Brennholt/LOCATION"));
        add(r, doc(2, "The Veskarian minister flew home. Veskarians voted.", "Veskarian/COUNTRY", "Veskarians/COUNTRY"));
        add(r, doc(3, "A Brennholti crowd gathered.", "Brennholti/COUNTRY"));
        ResolvedEntity state = holding(r, "Veskaria");
        assertThat(state.names()).containsKeys("Veskaria", "Veskarian", "Veskarians");
        assertThat(state.name()).isEqualTo("Veskaria");
        assertThat(state.reasons()).anyMatch(s -> s.contains("nationality word"));
        // "Brennholti" joins "Brennholt" the same way, though NER called that one a location: two actors in all.
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_aNationalityWordSeenFirstGivesWayToTheCountryNameInTheDisplay() {
        EntityResolver r = resolver();
        add(r, doc(1, "Ostravians marched. The Ostravian army and Ostravian police watched Ostravia.",
                "Ostravians/COUNTRY", "Ostravian/COUNTRY", "Ostravian/COUNTRY", "Ostravia/COUNTRY"));
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Ostravia"));
    }

    @Test
    void resolve_aListedAdjectiveAloneIsShownUnderItsCountry() {
        EntityResolver r = resolver();
        add(r, doc(1, "An Italian diplomat arrived.", "Italian/COUNTRY"));
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Italy"));
    }

    @Test
    void resolve_aPlaceNamedLikeAnAdjectiveWithoutItsPlaceStaysApart() {
        EntityResolver r = resolver();
        add(r, doc(1, "Talks in Marsani ended.", "Marsani/LOCATION"));
        add(r, doc(2, "The Marsan delegation left.", "Marsan/COUNTRY"));
        // "Marsani" could be built from "Marsan", but only a country mention is read as a nationality word.
        assertThat(together(r, "Marsani", "Marsan")).isFalse();
    }
}
