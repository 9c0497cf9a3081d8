package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

class PersonShapeTest {
    private static final PersonShape SHAPE = new PersonShape(TestDocs.KEYS, TestDocs.GLOSSARY,
            Capitals.load(TestDocs.KEYS),
            AliasTable.of(List.of(new AliasTable.Alias("North Tarun", "North Taruni", ActorType.COUNTRY)), TestDocs.KEYS));

    @Test
    void fits_twoWordNameWithoutGroupOrPlaceWords() {
        assertThat(SHAPE.fits("Farid al-Kubaisi", ActorType.ORGANIZATION)).isTrue();
        assertThat(SHAPE.fits("Nouri Haddadin", ActorType.LOCATION)).isTrue();
    }

    @Test
    void fits_notNamesWithAHeadWordAPlacePrefixOrOneWordLeftAfterTitles() {
        assertThat(SHAPE.fits("Farid Kubaisi Brigades", ActorType.ORGANIZATION)).isFalse();
        assertThat(SHAPE.fits("Kataib Farid", ActorType.ORGANIZATION)).isFalse();
        assertThat(SHAPE.fits("Wadi Haddadin", ActorType.LOCATION)).isFalse();
        assertThat(SHAPE.fits("Sheikh Haddadin", ActorType.LOCATION)).isFalse();
        assertThat(SHAPE.fits("Haddadin", ActorType.LOCATION)).isFalse();
    }

    @Test
    void fits_notKnownCountriesOrCapitals() {
        assertThat(SHAPE.fits("North Tarun", ActorType.LOCATION)).isFalse();
        assertThat(SHAPE.fits("Saudi Arabia", ActorType.LOCATION)).isFalse();
        assertThat(SHAPE.fits("Abu Dhabi", ActorType.LOCATION)).isFalse();
    }
}
