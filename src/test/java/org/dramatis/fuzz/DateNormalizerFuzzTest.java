package org.dramatis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.DateNormalizer;

/** SUTime values are free text in the worst case; the normalizer must give a valid ISO partial date or null. */
class DateNormalizerFuzzTest {
    private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final DateNormalizer DATES = new DateNormalizer();

    @FuzzTest(maxDuration = "30s")
    void normalize_givesValidIsoPartialOrNull(FuzzedDataProvider data) {
        LocalDate documentDate = data.consumeBoolean()
                ? null
                : LocalDate.of(data.consumeInt(1900, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28));
        String value = data.consumeRemainingAsString();

        assertValid(DATES.normalize(value, documentDate), value);
        assertValid(DATES.rangeEnd(value, documentDate), value);
    }

    static void assertValid(String iso, String value) {
        if (iso == null) {
            return;
        }
        Matcher m = ISO_PARTIAL.matcher(iso);
        assertThat(m.matches()).as("'%s' from '%s' is an ISO partial date", iso, value).isTrue();
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            assertThat(month).as("month of '%s' from '%s'", iso, value).isBetween(1, 12);
            if (m.group(3) != null) {
                int max = YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth();
                assertThat(Integer.parseInt(m.group(3))).as("day of '%s' from '%s'", iso, value).isBetween(1, max);
            }
        }
    }
}
