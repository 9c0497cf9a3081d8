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

    @Test
    void forms_aNamesOwnPluralIsNoPeopleOfAPlace() {
        // "Hamdani" and "the Hamdanis" are a people's name and its plural: "Hamdani" is no place whose people are "Hamdanis".
        assertThat(forms.peoples("Hamdani")).doesNotContain("hamdanis");
        assertThat(forms.isAdjectiveOf("Hamdanis", "Hamdani")).isFalse();
        assertThat(forms.peoples("Qadira")).contains("qadiris");
    }
}
