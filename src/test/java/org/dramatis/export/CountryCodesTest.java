package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void code_comesFromTheJdkLocaleData() {
        assertThat(CountryCodes.code("Japan")).contains("jp");
        assertThat(CountryCodes.code("the Netherlands")).contains("nl");
        assertThat(CountryCodes.code("Veloria")).isEmpty();
        assertThat(CountryCodes.code(null)).isEmpty();
    }
}
