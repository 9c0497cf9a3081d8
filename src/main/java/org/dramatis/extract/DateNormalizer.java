package org.dramatis.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.model.DatePrecision;
import org.dramatis.nlp.EntityMention;

/**
 * Turns SUTime values into ISO partial dates ("2020-05-07", "2020-05", "2016") resolved against the document date.
 * Values SUTime leaves with an unknown year ("XXXX-06-25") take the document's year, or the year before when that would
 * put the date after the document. Vague references ("PRESENT_REF", "PXM") give null. In a text annotated before its
 * date was known, a weekday ("Saturday") and a day counted from the writing ("today", "the next day", "last year",
 * "THIS P1Y OFFSET P-1Y") resolve only against a day the document states.
 */
public final class DateNormalizer {
    /** How many years from the year first given a yearless day with its weekday may move to match that weekday. */
    private static final int MAX_WEEKDAY_YEARS = 2;
    private static final Pattern FULL = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?(?:T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W\\d{2}.*$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
    /** A weekday SUTime could not place ("Saturday" in a text annotated without its date): ISO day 1-7. */
    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])$");
    /**
     * What SUTime leaves of "today", "the next day", "two days later", "last year", "a week ago" when it ran without
     * the document's date: an optional "THIS P1unit", then a step ("OFFSET P-1Y", "NEXT_IMMEDIATE P1D").
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:THIS P1([DWMY]))?\\s*(?:(?:OFFSET P(-?\\d+)([DWMY]))|(NEXT|PREV)(?:_IMMEDIATE)? P1([DWMY]))?$");

    /** The day the document was written when it is known to the day, for weekdays SUTime could not place; or null. */
    private final LocalDate statedDay;
    /** The last day the text tells events up to, when later than the document's date; or null. */
    private final LocalDate toldUntil;
    /**
     * How precisely the document's date is known when SUTime ran without it (an estimate from the text, or a month or
     * year the user gave): "last year" counts from a known year, "last month" from a known month; null when not.
     */
    private final DatePrecision estimated;
    /** The story's year of each date named without one ({@link StoryDates#storyYears}); empty when not used. */
    private final Map<EntityMention, String> storyYears;

    /** A normalizer that leaves weekdays without a date unresolved. */
    public DateNormalizer() {
        this(null);
    }

    /**
     * @param statedDay the day the document was written, when known exactly (not an estimate from a month or year):
     *                  weekdays SUTime left without a date ("XXXX-WXX-6") resolve to the latest such day up to it
     */
    public DateNormalizer(LocalDate statedDay) {
        this(statedDay, null);
    }

    /**
     * @param statedDay as above
     * @param toldUntil a day after the document's date up to which its text tells events (an update its byline states),
     *                  so a date without a year up to it stays in the document's year; null when there is none
     */
    public DateNormalizer(LocalDate statedDay, LocalDate toldUntil) {
        this(statedDay, toldUntil, null, Map.of());
    }

    /**
     * @param statedDay  as above
     * @param toldUntil  as above
     * @param estimated  how precisely the document's date is known when SUTime ran without it (YEAR or MONTH: a day
     *                   counted from the writing stays unknown, a year or month counted from it does not); null when
     *                   SUTime had the date or none is known
     * @param storyYears the year each date named without one takes from the story before it, which wins over the
     *                   document's year
     */
    public DateNormalizer(LocalDate statedDay, LocalDate toldUntil, DatePrecision estimated,
                          Map<EntityMention, String> storyYears) {
        this.statedDay = statedDay;
        this.toldUntil = toldUntil;
        this.estimated = estimated;
        this.storyYears = Map.copyOf(storyYears);
    }

    /** The ISO partial date for a SUTime value, or null when the value names no calendar date. */
    public String normalize(String value, LocalDate documentDate) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\*{4}\\d{2}")) {
            // "mid-October": SUTime's month of an unknown year, written "****10".
            v = "XXXX-" + v.substring(4);
        }
        if (v.contains(" INTERSECT ")) {
            // "the month of July 2020" is "THIS P1M INTERSECT 2020-07": the most precise part that names a date;
            // "the month of June of this year" ("XXXX-06 INTERSECT THIS P1Y") takes the document's year.
            // A part counted from the writing ("THIS P1M") only when no part names a date of its own.
            String best = null;
            String counted = null;
            for (String part : v.split(" INTERSECT ")) {
                String iso = normalize(part, documentDate);
                if (RELATIVE.matcher(part.strip()).matches()) {
                    counted = counted == null ? iso : counted;
                } else if (iso != null && (best == null || iso.length() > best.length())) {
                    best = iso;
                }
            }
            return best != null ? best : counted;
        }
        int slash = v.indexOf('/');
        if (slash > 0) {
            return normalize(v.substring(0, slash), documentDate);
        }
        Matcher m = FULL.matcher(v);
        if (m.matches()) {
            return fromParts(m.group(1), m.group(2), m.group(3), documentDate);
        }
        Matcher relative = RELATIVE.matcher(v);
        if (relative.matches() && !v.isEmpty()) {
            return relative(relative, documentDate);
        }
        Matcher day = WEEKDAY.matcher(v);
        if (day.matches()) {
            // News reports past days by name: the latest such weekday on or before the day the article was written.
            if (statedDay == null) {
                return null;
            }
            int back = (statedDay.getDayOfWeek().getValue() - Integer.parseInt(day.group(1)) + 7) % 7;
            return statedDay.minusDays(back).toString();
        }
        Matcher w = WEEK.matcher(v);
        if (w.matches()) {
            return w.group(1);
        }
        Matcher s = SEASON.matcher(v);
        if (s.matches()) {
            return s.group(1);
        }
        return null;
    }

    /**
     * A date counted from the day the document was written, as precise as its unit ("last year" is a year); null
     * when that day is not known exactly.
     */
    private String relative(Matcher m, LocalDate documentDate) {
        String unit = m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(1);
        String precision = m.group(1) != null ? m.group(1) : unit;
        LocalDate from = statedDay;
        if (from == null && estimated != null && documentDate != null) {
            // A date known to the year counts "last year" but no day or month; known to the month, "last month" too.
            boolean fits = unit.equals("Y") && precision.equals("Y")
                    || estimated == DatePrecision.MONTH && !unit.equals("D") && !unit.equals("W") && !precision.equals("D");
            from = fits ? documentDate : null;
        }
        if (from == null) {
            return null;
        }
        long amount = m.group(2) != null ? Long.parseLong(m.group(2)) : m.group(4) == null ? 0 : m.group(4).equals("NEXT") ? 1 : -1;
        LocalDate day = switch (unit) {
            case "D" -> from.plusDays(amount);
            case "W" -> from.plusWeeks(amount);
            case "M" -> from.plusMonths(amount);
            default -> from.plusYears(amount);
        };
        String iso = day.toString();
        return precision.equals("Y") ? iso.substring(0, 4) : precision.equals("M") ? iso.substring(0, 7) : iso;
    }

    /**
     * A date mention as {@link #normalize} reads its value, except that a date named without its year takes the year
     * of the story before it when one was given ("12 June" two lines after "3 June 2020" is in 2020).
     */
    public String normalizeInStory(EntityMention m, LocalDate documentDate) {
        String year = storyYears.get(m);
        Matcher full = year == null || m.normalized() == null ? null : FULL.matcher(m.normalized().strip());
        if (full != null && full.matches() && full.group(2) != null) {
            return fromParts(year, full.group(2), full.group(3), documentDate);
        }
        return normalize(m.normalized(), documentDate);
    }

    /**
     * The ISO date of a date mention: as {@link #normalize}, and a bare weekday ("on Monday") that SUTime placed after
     * the document's date moves back a week, as news reports name the days just past.
     */
    public String normalizeMention(EntityMention m, LocalDate documentDate) {
        String iso = withItsWeekday(m, normalizeInStory(m, documentDate));
        String text = m.text().toLowerCase(java.util.Locale.ROOT).strip();
        if (iso != null && iso.length() == 10 && text.endsWith(" ago")) {
            // "a year ago", "three months ago" count roughly back from the article: only as precise as their unit.
            return text.contains("year") ? iso.substring(0, 4) : text.contains("month") ? iso.substring(0, 7) : iso;
        }
        if (iso == null || iso.length() != 10 || documentDate == null || !isWeekday(m.text())) {
            return iso;
        }
        LocalDate day = LocalDate.parse(iso);
        return day.isAfter(documentDate) && !day.isAfter(documentDate.plusDays(7)) ? day.minusDays(7).toString() : iso;
    }

    /**
     * A day named without its year but with its weekday ("on Saturday 2 April") lies in the year nearest the one
     * {@code iso} gave it (at most {@value #MAX_WEEKDAY_YEARS} away, the earlier on a tie) in which that day is that
     * weekday: the weekday names the year the text meant.
     */
    private String withItsWeekday(EntityMention m, String iso) {
        if (iso == null || iso.length() != 10 || m.text().matches(".*\\d{4}.*")) {
            return iso;
        }
        java.time.DayOfWeek named = weekdayNamed(m);
        LocalDate day;
        try {
            day = LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
        if (named == null || day.getDayOfWeek() == named) {
            return iso;
        }
        for (int step = 1; step <= MAX_WEEKDAY_YEARS; step++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate other = day.plusYears((long) sign * step);
                if (other.getDayOfWeek() == named && other.getDayOfMonth() == day.getDayOfMonth()) {
                    return other.toString();
                }
            }
        }
        return iso;
    }

    /** The weekday a date's words name ("Saturday 2 April"), or null. */
    private static java.time.DayOfWeek weekdayNamed(EntityMention m) {
        java.time.DayOfWeek named = null;
        for (String word : m.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                named = d.name().equalsIgnoreCase(word) ? d : named;
            }
        }
        return named;
    }

    /** Whether a date's words name a weekday that the day {@code iso} is: the weekday has fixed its year. */
    static boolean weekdayFixes(EntityMention m, String iso) {
        java.time.DayOfWeek named = iso == null || iso.length() != 10 ? null : weekdayNamed(m);
        try {
            return named != null && LocalDate.parse(iso).getDayOfWeek() == named;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Whether the text is a weekday's name and nothing else ("Monday"). */
    static boolean isWeekday(String text) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(text.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The end of a SUTime range ("2009/2017" gives "2017"), or null when the value is not a range. */
    public String rangeEnd(String value, LocalDate documentDate) {
        if (value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash < 0 || slash == value.length() - 1) {
            return null;
        }
        String end = normalize(value.substring(slash + 1), documentDate);
        String start = normalize(value.substring(0, slash), documentDate);
        return end != null && !end.equals(start) ? end : null;
    }

    /** A day of the month given by an ordinal ("the 29th") inside the month of an earlier ISO date, or null. */
    public String dayInMonthOf(String earlierIso, int day) {
        if (earlierIso == null || earlierIso.length() < 7 || day < 1 || day > 31) {
            return null;
        }
        return earlierIso.substring(0, 7) + "-" + (day < 10 ? "0" : "") + day;
    }

    private String fromParts(String year, String month, String day, LocalDate documentDate) {
        if (DECADE.matcher(year).matches()) {
            return null;
        }
        String y = year;
        if ("XXXX".equals(year)) {
            if (documentDate == null || month == null) {
                return null;
            }
            LocalDate until = toldUntil != null && toldUntil.isAfter(documentDate) ? toldUntil : documentDate;
            int candidate = until.getYear();
            int mm = Integer.parseInt(month);
            int dd = day == null ? 1 : Integer.parseInt(day);
            if (mm > until.getMonthValue() || (mm == until.getMonthValue() && dd > until.getDayOfMonth())) {
                candidate--;
            }
            y = Integer.toString(candidate);
        }
        if (month == null) {
            return y;
        }
        int mm = Integer.parseInt(month);
        if (mm < 1 || mm > 12) {
            return null; // not a calendar month: the value names no date we can trust
        }
        if (day == null) {
            return y + "-" + month;
        }
        int dd = Integer.parseInt(day);
        // a day the month does not have ("2019-02-29") keeps only the month it claims
        return dd < 1 || dd > YearMonth.of(Integer.parseInt(y), mm).lengthOfMonth() ? y + "-" + month : y + "-" + month + "-" + day;
    }
}
