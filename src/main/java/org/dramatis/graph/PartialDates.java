package org.dramatis.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates of day, month or year precision ("2020-06-01", "2020-06", "2020") read as the days they span. */
final class PartialDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDates() {
    }

    /** The first day {@code date} may stand for, or null when it is no ISO date. */
    static LocalDate low(String date) {
        return bound(date, true);
    }

    /** The last day {@code date} may stand for, or null when it is no ISO date. */
    static LocalDate high(String date) {
        return bound(date, false);
    }

    /** Whether every day of {@code later} comes after every day of {@code earlier}; false when either is no date. */
    static boolean strictlyAfter(String later, String earlier) {
        LocalDate l = low(later);
        LocalDate e = high(earlier);
        return l != null && e != null && l.isAfter(e);
    }

    /** Whether the two dates may stand for one day: their spans overlap. */
    static boolean overlap(String a, String b) {
        LocalDate al = low(a);
        LocalDate bl = low(b);
        return al != null && bl != null && !al.isAfter(high(b)) && !bl.isAfter(high(a));
    }

    private static LocalDate bound(String date, boolean first) {
        if (date == null) {
            return null;
        }
        Matcher m = ISO.matcher(date.strip());
        if (!m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
