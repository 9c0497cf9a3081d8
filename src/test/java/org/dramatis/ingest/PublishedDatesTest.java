package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    private static final LocalDate MAY_7 = LocalDate.of(2020, 5, 7);

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-07", "2020-05-07T09:30:00Z", "2020-05-07T23:30:00+03:00",
        "2020-05-07T09:30:00", "2020-05-07T09:30:00.123+0000", "Thu, 7 May 2020 09:30:00 GMT", "May 7, 2020",
        "Thursday, May 7, 2020", "7 May 2020", "7 may 2020", "2020/05/07", " 2020-05-07 10:15 "})
    void parse_readsCommonPublicationFormats(String value) {
        assertThat(PublishedDates.parse(value)).isEqualTo(MAY_7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2020-13-45", "May 2020 sometime", "n/a"})
    void parse_returnsNullForUnparseableDates(String value) {
        assertThat(PublishedDates.parse(value)).isNull();
    }

    @org.junit.jupiter.api.Test
    void parse_keepsPublishersLocalDate() {
        assertThat(PublishedDates.parse("2020-05-07T23:30:00-05:00")).isEqualTo(MAY_7);
    }
}
