package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymFormsTest {
    private final DemonymForms forms = DemonymForms.bundled();

    @Test
    void forms_buildAdjectivesAndPeoplesFromAPlaceName() {
        assertThat(forms.isAdjectiveOf("Qadiri", "Qadira")).isTrue();
        assertThat(forms.isAdjectiveOf("Qadiris", "Qadira")).isTrue();
        assertThat(forms.isAdjectiveOf("Velorian", "Veloria")).isTrue();
        assertThat(forms.isAdjectiveOf("Oslandish", "Osland")).isTrue();
        assertThat(forms.adjectives("Kastmir")).contains("kastmiri").doesNotContain("kastmiris");
        assertThat(forms.peoples("Kastmir")).contains("kastmiris");
    }

    @Test
    void forms_leaveShortMultiWordAndLowercaseWordsAlone() {
        assertThat(forms.adjectives("Oma")).isEmpty();
        assertThat(forms.adjectives("Bayt Sahel")).isEmpty();
        assertThat(forms.isAdjectiveOf("qadiri", "Qadira")).isFalse();
        assertThat(forms.isAdjectiveOf("Qadira", "Qadira")).isFalse();
        assertThat(forms.isAdjectiveOf("Marsanese", "Qadira")).isFalse();
    }
}
