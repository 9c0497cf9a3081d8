package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dramatis.model.DatePrecision;
import org.dramatis.nlp.EntityMention;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
    private final DateNormalizer dates = new DateNormalizer();
    private final LocalDate doc = LocalDate.of(2020, 8, 1);

    @Test
    void normalize_keepsFullAndPartialDates() {
        assertThat(dates.normalize("2020-05-07", doc)).isEqualTo("2020-05-07");
        assertThat(dates.normalize("2020-05", doc)).isEqualTo("2020-05");
        assertThat(dates.normalize("2016", doc)).isEqualTo("2016");
        assertThat(dates.normalize("2021-11-07T10:00", doc)).isEqualTo("2021-11-07");
    }

    @Test
    void normalize_givesUnknownYearTheDocumentYearOrTheOneBefore() {
        assertThat(dates.normalize("XXXX-06-25", doc)).isEqualTo("2020-06-25");
        assertThat(dates.normalize("XXXX-10-10", doc)).isEqualTo("2019-10-10");
        assertThat(dates.normalize("XXXX-06", doc)).isEqualTo("2020-06");
        assertThat(dates.normalize("****06", doc)).isEqualTo("2020-06");
        assertThat(dates.normalize("****10", doc)).isEqualTo("2019-10");
    }

    @Test
    void normalize_anIntersectionIsItsMostPreciseDatedPart() {
        assertThat(dates.normalize("THIS P1M INTERSECT 2019-07", doc)).isEqualTo("2019-07");
        assertThat(dates.normalize("THIS P1M INTERSECT XXXX-06 INTERSECT THIS P1Y", doc)).isEqualTo("2020-06");
        assertThat(dates.normalize("THIS P1M INTERSECT THIS P1Y", doc)).isNull();
    }

    @Test
    void normalize_countsDaysFromTheWritingOnlyWhenTheTextStatesThatDay() {
        DateNormalizer stated = new DateNormalizer(LocalDate.of(2021, 11, 8));
        LocalDate day = LocalDate.of(2021, 11, 8);
        assertThat(stated.normalize("THIS P1D INTERSECT XXXX-WXX-1", day)).isEqualTo("2021-11-08");
        assertThat(stated.normalize("OFFSET P-1D INTERSECT XXXX-WXX-7", day)).isEqualTo("2021-11-07");
        assertThat(stated.normalize("NEXT_IMMEDIATE P1D", day)).isEqualTo("2021-11-09");
        assertThat(stated.normalize("OFFSET P-1W", day)).isEqualTo("2021-11-01");
        assertThat(stated.normalize("THIS P1Y OFFSET P-1Y", day)).isEqualTo("2020");
        assertThat(stated.normalize("THIS P1M OFFSET P-1M", day)).isEqualTo("2021-10");
        assertThat(stated.normalize("THIS P1M INTERSECT 2020-07", day)).isEqualTo("2020-07");
        assertThat(dates.normalize("THIS P1Y OFFSET P-1Y", doc)).isNull();
        assertThat(dates.normalize("NEXT_IMMEDIATE P1D", doc)).isNull();
    }

    @Test
    void normalize_countsYearsAndMonthsFromADateKnownOnlyThatPrecisely() {
        DateNormalizer year = new DateNormalizer(null, null, DatePrecision.YEAR, Map.of());
        LocalDate endOf2020 = LocalDate.of(2020, 12, 31);
        assertThat(year.normalize("THIS P1Y OFFSET P-1Y", endOf2020)).isEqualTo("2019");
        assertThat(year.normalize("THIS P1Y", endOf2020)).isEqualTo("2020");
        assertThat(year.normalize("THIS P1M OFFSET P-1M", endOf2020)).isNull();
        assertThat(year.normalize("OFFSET P-1D", endOf2020)).isNull();
        assertThat(year.normalize("XXXX-WXX-5", endOf2020)).isNull();

        DateNormalizer month = new DateNormalizer(null, null, DatePrecision.MONTH, Map.of());
        LocalDate endOfMay = LocalDate.of(2021, 5, 31);
        assertThat(month.normalize("THIS P1M OFFSET P-1M", endOfMay)).isEqualTo("2021-04");
        assertThat(month.normalize("THIS P1Y OFFSET P-1Y", endOfMay)).isEqualTo("2020");
        assertThat(month.normalize("NEXT_IMMEDIATE P1D", endOfMay)).isNull();
    }

    @Test
    void normalizeMention_aYearlessDateTakesItsStoryYear() {
        EntityMention june12 = new EntityMention("12 June", "DATE", 0, 7, 0, 2, "XXXX-06-12");
        EntityMention october = new EntityMention("October", "DATE", 20, 27, 5, 6, "XXXX-10");
        DateNormalizer story = new DateNormalizer(null, null, DatePrecision.DAY, Map.of(june12, "2020"));
        // The estimate (3 June 2020) alone would put 12 June a year back, before the writing.
        LocalDate estimate = LocalDate.of(2020, 6, 3);
        assertThat(story.normalizeMention(june12, estimate)).isEqualTo("2020-06-12");
        assertThat(story.normalizeInStory(june12, null)).isEqualTo("2020-06-12");
        assertThat(story.normalizeMention(october, estimate)).isEqualTo("2019-10");
    }

    @Test
    void normalize_leavesYearUnknownWithoutDocumentDate() {
        assertThat(dates.normalize("XXXX-06-25", null)).isNull();
        assertThat(dates.normalize("2019-03", null)).isEqualTo("2019-03");
    }

    @Test
    void normalize_dropsVagueReferences() {
        assertThat(dates.normalize("PRESENT_REF", doc)).isNull();
        assertThat(dates.normalize("THIS P1Y", doc)).isNull();
        assertThat(dates.normalize("PXM", doc)).isNull();
        assertThat(dates.normalize("201X", doc)).isNull();
        assertThat(dates.normalize(null, doc)).isNull();
    }

    @Test
    void normalize_reducesWeeksSeasonsAndRanges() {
        assertThat(dates.normalize("2020-W12", doc)).isEqualTo("2020");
        assertThat(dates.normalize("2021-FA", doc)).isEqualTo("2021");
        assertThat(dates.normalize("2009/2017", doc)).isEqualTo("2009");
        assertThat(dates.rangeEnd("2009/2017", doc)).isEqualTo("2017");
        assertThat(dates.rangeEnd("2009", doc)).isNull();
    }

    @Test
    void dayInMonthOf_placesAnOrdinalDayInAnEarlierMonth() {
        assertThat(dates.dayInMonthOf("2020-06-25", 29)).isEqualTo("2020-06-29");
        assertThat(dates.dayInMonthOf("2020-06", 3)).isEqualTo("2020-06-03");
        assertThat(dates.dayInMonthOf("2020", 3)).isNull();
    }

    @Test
    void normalize_placesAWeekdayOnlyAgainstAStatedDay() {
        LocalDate saturday = LocalDate.of(2020, 6, 20);
        assertThat(new DateNormalizer(saturday).normalize("XXXX-WXX-6", saturday)).isEqualTo("2020-06-20");
        assertThat(new DateNormalizer(saturday).normalize("XXXX-WXX-5", saturday)).isEqualTo("2020-06-19");
        assertThat(new DateNormalizer(saturday).normalize("XXXX-WXX-7", saturday)).isEqualTo("2020-06-14");
        assertThat(dates.normalize("XXXX-WXX-6", saturday)).isNull();
    }

    @Test
    void normalizeMention_movesABareWeekdayPlacedAfterTheArticleBackAWeek() {
        LocalDate tuesday = LocalDate.of(2022, 11, 8);
        assertThat(dates.normalizeMention(new EntityMention("Monday", "DATE", 0, 6, 0, 1, "2022-11-14"), tuesday)).isEqualTo("2022-11-07");
        assertThat(dates.normalizeMention(new EntityMention("Monday", "DATE", 0, 6, 0, 1, "2022-11-07"), tuesday)).isEqualTo("2022-11-07");
        assertThat(dates.normalizeMention(new EntityMention("14 November", "DATE", 0, 11, 0, 2, "2022-11-14"), tuesday))
                .isEqualTo("2022-11-14");
    }

    @Test
    void normalizeMention_aYearlessDayWithItsWeekdayTakesTheYearThatWeekdayNames() {
        // 2 April was a Saturday in 2022, a Friday in 2021; 9 October a Wednesday in 2019
        EntityMention saturday2April = new EntityMention("Saturday 2 April", "DATE", 0, 16, 0, 3, "XXXX-04-02");
        EntityMention wednesday9October = new EntityMention("Wednesday 9 October", "DATE", 0, 19, 0, 3, "XXXX-10-09");
        DateNormalizer story = new DateNormalizer(null, null, null, Map.of(saturday2April, "2021", wednesday9October, "2021"));
        assertThat(story.normalizeMention(saturday2April, LocalDate.of(2022, 4, 12))).isEqualTo("2022-04-02");
        assertThat(story.normalizeMention(wednesday9October, LocalDate.of(2019, 10, 14))).isEqualTo("2019-10-09");
        // without a story year, the year before the writing is tried first, and the weekday moves it
        assertThat(dates.normalizeMention(new EntityMention("Friday, 8 April", "DATE", 0, 15, 0, 3, "XXXX-04-08"),
                LocalDate.of(2022, 4, 5))).isEqualTo("2022-04-08");
        // a day that states its year keeps it, whatever the weekday
        assertThat(dates.normalizeMention(new EntityMention("Friday 2 April 2022", "DATE", 0, 19, 0, 4, "2022-04-02"),
                LocalDate.of(2022, 4, 12))).isEqualTo("2022-04-02");
        // the weekday agrees with the year the writing gives: nothing moves; it does not, and the day moves back a year
        assertThat(dates.normalizeMention(new EntityMention("Saturday 2 April", "DATE", 0, 16, 0, 3, "XXXX-04-02"),
                LocalDate.of(2022, 4, 12))).isEqualTo("2022-04-02");
        assertThat(dates.normalizeMention(new EntityMention("Friday 2 April", "DATE", 0, 14, 0, 3, "XXXX-04-02"),
                LocalDate.of(2022, 4, 12))).isEqualTo("2021-04-02");
    }
}
