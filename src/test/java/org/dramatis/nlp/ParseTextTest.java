package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseTextTest {
    @Test
    void aDateLeadInsColonBecomesAComma() {
        assertThat(ParseText.of("- 6 December 2019: the ministry sanctioned Ilan Morr."))
                .isEqualTo("  6 December 2019, the ministry sanctioned Ilan Morr.");
        assertThat(ParseText.of("March 2007: troops captured Samir Deeb in Kastmir."))
                .isEqualTo("March 2007, troops captured Samir Deeb in Kastmir.");
    }

    @Test
    void aColonAfterWordsThatNameNoDateStays() {
        String text = "Backers: Chile, above all its navy.\nThe minister said: we will stay.";
        assertThat(ParseText.of(text)).isEqualTo(text);
    }

    @Test
    void listItemsWithoutFullStopsAreToldApart() {
        assertThat(ParseText.of("Timeline\n- February 15: rockets hit Kastmir\n- February 20: rockets hit Tolmer\n"))
                .isEqualTo("Timeline\n. February 15, rockets hit Kastmir\n. February 20, rockets hit Tolmer\n");
    }

    @Test
    void aBulletAfterAClosedSentenceBecomesASpace() {
        assertThat(ParseText.of("Three things happened.\n- Rockets hit Kastmir.\n* Troops left Tolmer."))
                .isEqualTo("Three things happened.\n  Rockets hit Kastmir.\n  Troops left Tolmer.");
    }

    @Test
    void aHyphenInsideALineIsNoBullet() {
        String text = "Rockets hit Kastmir - and Tolmer - on Monday.";
        assertThat(ParseText.of(text)).isEqualTo(text);
    }

    @Test
    void theTextKeepsItsLength() {
        String text = "x\n- 2019: y\n* z\n\u2022 w: v";
        assertThat(ParseText.of(text)).hasSameSizeAs(text);
    }
}
