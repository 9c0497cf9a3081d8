package org.dramatis.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the publication dates found in metadata. A bad date never fails a document: it becomes null.
 * Date-times keep the publisher's local date (the offset given), not the UTC date.
 */
final class PublishedDates {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("uuuu-MM-dd HH:mm[:ss][XXX][X]"),
            pattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]Z"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("uuuu/M/d"),
            pattern("uuuuMMdd"),
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMM. d, uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("EEEE, MMMM d, uuuu"),
            pattern("EEE, d MMM uuuu"));

    private PublishedDates() {
    }

    /** Parses ISO dates and date-times, RFC 1123, and "May 7, 2020" / "7 May 2020" style; null if none fits. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            LocalDate d = tryParse(f, s);
            if (d != null) {
                return d;
            }
        }
        try {
            return Instant.parse(s).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeException ignored) {
            // not an instant either; try plain dates
        }
        for (DateTimeFormatter f : DATES) {
            LocalDate d = tryParse(f, s);
            if (d != null) {
                return d;
            }
        }
        // "2020-05-07T10:00" with odd suffixes: the leading ISO date is still trustworthy
        if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return tryParse(DateTimeFormatter.ISO_LOCAL_DATE, s.substring(0, 10));
        }
        return null;
    }

    /** A legacy {@link Date} (ROME, Tika) as the UTC calendar date; null stays null. */
    static LocalDate of(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate tryParse(DateTimeFormatter f, String s) {
        try {
            TemporalAccessor t = f.parse(s);
            return LocalDate.from(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}
