package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.extract.StoryDates.Stated;
import org.dramatis.extract.StoryDates.Tense;
import org.junit.jupiter.api.Test;

/** Which texts tell of a time well before their writing. */
class ClaimDatingTest {
    private static final LocalDate WRITTEN = LocalDate.of(2022, 3, 14);

    private static Stated past(String iso) {
        return new Stated(iso, true, Tense.PAST, 0, null);
    }

    @Test
    void retrospective_mostPastDatesTwoYearsOrMoreBeforeTheWriting() {
        assertThat(ClaimDating.retrospective(List.of(past("2013-02-06"), past("2013-07"), past("2014-01-09"), past("2021-07-25")),
                WRITTEN)).isTrue();
    }

    @Test
    void retrospective_notAReportOfTheWeekWithALineOfBackground() {
        assertThat(ClaimDating.retrospective(List.of(past("2013"), past("2022-03-10"), past("2022-03-12"), past("2021-11")),
                WRITTEN)).isFalse();
    }

    @Test
    void retrospective_needsThreePastDatesAndADate() {
        assertThat(ClaimDating.retrospective(List.of(past("2013"), past("2014")), WRITTEN)).isFalse();
        assertThat(ClaimDating.retrospective(List.of(past("2013"), past("2014"), past("2015")), null)).isFalse();
        // Plans and dates without their own year do not count.
        assertThat(ClaimDating.retrospective(List.of(past("2013"), past("2014"), new Stated("2015", true, Tense.FUTURE, 0, null),
                new Stated("2015-06", false, Tense.PAST, 0, null)), WRITTEN)).isFalse();
    }

    @Test
    void behind_mostPastDatesTwoMonthsOrMoreBeforeTheWriting() {
        // an analysis written in March 2022 of an election the October before
        assertThat(ClaimDating.behind(List.of(past("2021-10-10"), past("2021-11"), past("2021"), past("2022-03-02")), WRITTEN))
                .isTrue();
    }

    @Test
    void behind_notAReportOfTheMonth() {
        // 2022-01 ended 42 days before the writing: not two months behind
        assertThat(ClaimDating.behind(List.of(past("2022-03-01"), past("2022-02-10"), past("2022-01"), past("2021-10-10")), WRITTEN))
                .isFalse();
    }

    @Test
    void behind_aYearOfTheWritingAloneSaysNothing() {
        // counted as near, the two bare years would outweigh the two dates of the autumn before
        assertThat(ClaimDating.behind(List.of(past("2022"), past("2022"), past("2021-10-10"), past("2021-11"), past("2022-03-01")),
                WRITTEN)).isTrue();
        assertThat(ClaimDating.behind(List.of(past("2022"), past("2022"), past("2021-10-10"), past("2021-11")), WRITTEN)).isFalse();
        assertThat(ClaimDating.behind(List.of(past("2021"), past("2020"), past("2019")), null)).isFalse();
        assertThat(ClaimDating.behind(List.of(past("2021"), past("2020"), past("2021-02-30")), WRITTEN)).isFalse();
    }
}
