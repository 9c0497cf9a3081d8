package org.dramatis.app;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.dramatis.extract.Byline;
import org.dramatis.extract.StoryDates;
import org.dramatis.extract.StoryDates.Stated;
import org.dramatis.extract.StoryDates.Tense;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * A document's date, how precisely it is known and where it comes from. When neither the user nor the file gives
 * one, a byline or a dateline near the top ("Published 26 February 2021, 11:42", "BAGHDAD, 10 June 2021 -") gives it
 * to the day; else it is inferred from the dates the text states ({@link StoryDates}), never from a number that names
 * a thing ("resolution 1701", "Vision 2030") nor from a plan ("elections will be held in June 2023"):
 * <ul>
 * <li>the floor: never earlier than the latest event the text tells in the past with its year (its own, or, for "on
 * 12 June", the story's), so an opinion piece that recalls 2016 among its 2020 dates is from 2020;</li>
 * <li>never later than that event either, except when a sentence says when it was written ("last year, in July 2019"
 * says 2020); with no event told in the past, the latest date stated;</li>
 * <li>never centuries away from every other date in the text: a year a hundred years or more from the rest is set
 * aside, the larger group of years (else the one with more past events, else the later) kept;</li>
 * <li>never before {@value #EARLIEST_YEAR}: news is not that old, and a translation's "1400" or "1445" is a year of
 * another calendar (Solar Hijri, Hijri), not a Gregorian one. Such a text stays undated.</li>
 * </ul>
 *
 * @param iso       ISO partial date, or null when unknown
 * @param precision how much of the date is known, or null when unknown
 * @param source    where it comes from, or null when unknown
 */
public record DocumentDate(String iso, DatePrecision precision, DateSource source) implements Serializable {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Years this far from every other year the text states are no estimate of its date. */
    private static final int CENTURY = 100;
    /** The earliest year a text's own dates may date it to. */
    static final int EARLIEST_YEAR = 1900;
    private static final DocumentDate UNKNOWN = new DocumentDate(null, null, null);

    public DocumentDate {
        if (iso != null && (!ISO.matcher(iso).matches() || precision != DatePrecision.of(iso) || source == null)) {
            throw new IllegalArgumentException("document date '" + iso + "' with precision " + precision + " from "
                    + source + " is no ISO date, year-month or year with its own precision and a source");
        }
    }

    static DocumentDate day(LocalDate date, DateSource source) {
        return new DocumentDate(date.toString(), DatePrecision.DAY, source);
    }

    /** A date the user gave as an ISO date, year-month or year. */
    static DocumentDate given(String iso) {
        return new DocumentDate(iso, DatePrecision.of(iso), DateSource.USER);
    }

    /**
     * The date of an undated document: its byline's or dateline's, else the one its stated dates imply; unknown when
     * they imply none.
     */
    static DocumentDate infer(AnnotatedDocument doc, StoryDates dates) {
        List<LocalDate> byline = Byline.days(doc);
        LocalDate top = byline.isEmpty() ? Byline.dateline(doc) : byline.get(0);
        if (top != null) {
            return day(top, DateSource.BYLINE);
        }
        List<Stated> kept = withoutOutliers(dates.stated(dates.readDates(doc)));
        String past = null;
        String any = null;
        for (Stated d : kept) {
            if (d.tense() == Tense.FUTURE) {
                continue;
            }
            any = later(any, d.iso());
            past = d.tense() == Tense.PAST ? later(past, d.iso()) : past;
        }
        String best = past != null ? past : any;
        for (Stated d : kept) {
            best = d.writtenIn() != null && d.tense() != Tense.FUTURE ? later(best, d.writtenIn()) : best;
        }
        return best == null || Integer.parseInt(best.substring(0, 4)) < EARLIEST_YEAR ? UNKNOWN
                : new DocumentDate(best, DatePrecision.of(best), DateSource.TEXT);
    }

    /**
     * The dates without those a century or more from every other: years are grouped where they stand closer than a
     * century, and the group with the most dates is kept (on a tie, the one with more past events, then the later).
     */
    static List<Stated> withoutOutliers(List<Stated> all) {
        List<Stated> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(DocumentDate::year));
        List<List<Stated>> groups = new ArrayList<>();
        for (Stated d : sorted) {
            List<Stated> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || year(d) - year(last.get(last.size() - 1)) >= CENTURY) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(d);
        }
        List<Stated> best = List.of();
        for (List<Stated> g : groups) {
            int byCount = Integer.compare(g.size(), best.size());
            boolean better = byCount > 0 || byCount == 0 && pastCount(g) >= pastCount(best);
            best = better ? g : best;
        }
        return all.stream().filter(best::contains).toList();
    }

    private static int year(Stated d) {
        return Integer.parseInt(d.iso().substring(0, 4));
    }

    private static long pastCount(List<Stated> g) {
        return g.stream().filter(d -> d.tense() == Tense.PAST).count();
    }

    /** The later of two ISO partial dates; a bare year beats a date within an earlier year only. */
    private static String later(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return a.length() >= b.length() ? a : b;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The date relative expressions are resolved against: the last day of the known period, or null. */
    LocalDate anchor() {
        if (iso == null) {
            return null;
        }
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case MONTH -> LocalDate.parse(iso + "-01").plusMonths(1).minusDays(1);
            case DAY -> LocalDate.parse(iso);
        };
    }
}
