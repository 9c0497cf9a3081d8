package org.dramatis.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * The dating step of extraction: reads, once per document, the time its claims are dated in ({@link DateFrame}). The
 * services that date and qualify one claim ({@link EventDates}, {@link Modalities}) are then offered to every
 * classifier through {@link ClaimDocument}.
 */
final class ClaimDating {
    /** How many dates told in the past a text must state before it is read as telling an earlier time. */
    private static final int RETRO_MIN_DATES = 3;
    /** A text naming this many days of the month before its writing reports the news, whatever background it gives. */
    private static final int RECENT_DAYS = 2;
    /** How many days before the writing count as recent. */
    private static final int RECENT_WINDOW = 31;
    /** How many days before its writing a date lies when the story told there is behind the writing. */
    static final int BEHIND_DAYS = 60;
    private final StoryDates storyDates;
    private final Lexicons lexicons;

    ClaimDating(Lexicons lexicons, StoryDates storyDates) {
        this.lexicons = lexicons;
        this.storyDates = storyDates;
    }

    /**
     * @param doc          the document, its named numbers already set apart ({@link StoryDates#readDates})
     * @param documentDate the last day of the period the document's date names; null when unknown
     * @param precision    how precisely that date is known; SUTime had the date when it is a DAY the user or the file gave
     * @param source       where the date comes from: when it was inferred from the text (or is unknown), a date named
     *                     without its year takes the year of the story before it ({@link StoryDates#storyYears}); when
     *                     the text states its day (a byline or dateline), a planned one is the next after that day
     */
    DateFrame frame(AnnotatedDocument doc, LocalDate documentDate, DatePrecision precision, DateSource source) {
        LocalDate updated = Byline.latest(doc);
        LocalDate toldUntil = updated != null && documentDate != null && updated.isAfter(documentDate) ? updated : documentDate;
        boolean sutimeDated = precision == DatePrecision.DAY && (source == DateSource.FILE || source == DateSource.USER);
        boolean inferred = documentDate == null || source == DateSource.TEXT;
        LocalDate stated = inferred && precision == DatePrecision.DAY ? documentDate : statedDay(doc, documentDate);
        // SUTime placed the yearless dates of a text it had the date of; a planned one ahead of a day the text states.
        LocalDate writtenOn = precision == DatePrecision.DAY ? documentDate : null;
        // A date read off the text is its latest event, so the days near it say nothing of what kind of text it is.
        boolean news = !inferred && recentDays(doc, toldUntil) >= RECENT_DAYS;
        List<StoryDates.Stated> pastDates = news ? List.of() : storyDates.stated(doc);
        boolean retrospective = !news && retrospective(pastDates, documentDate);
        // A text telling a time years before its writing ("On 6 August the speaker suspended the assembly" in a
        // 2022 analysis of 2013) names its yearless dates in the story's year, however it is dated.
        int lastYear = documentDate == null ? Integer.MAX_VALUE : toldUntil.getYear();
        Map<EntityMention, String> years = sutimeDated && !retrospective ? storyDates.storyYears(doc, null, false, lastYear)
                : storyDates.storyYears(doc, sutimeDated ? null : writtenOn, inferred || retrospective, lastYear);
        DateNormalizer dates = new DateNormalizer(stated, toldUntil, sutimeDated || documentDate == null ? null : precision, years);
        return new DateFrame(dates, documentDate, toldUntil, lexicons.events().reactionWords(),
                retrospective ? storyDates.runningYears(doc, lastYear)
                        : !news && !inferred && behind(pastDates, toldUntil) ? yearOfWriting(doc, lastYear)
                        : Map.of(), DateHeadings.of(doc));
    }

    /**
     * For a text that tells of months before its writing and names no recent day (an analysis of an election half a
     * year on), the year its undated past deeds took place in, at each sentence: not the month it was written in, but
     * its year, as far as the text says. The story's running year is no better guess here: a line of background ("the
     * former prime minister assassinated in 2007") moves it for the deeds told after it.
     */
    private static Map<Integer, String> yearOfWriting(AnnotatedDocument doc, int lastYear) {
        Map<Integer, String> years = new java.util.HashMap<>();
        doc.sentences().forEach(s -> years.put(s.index(), String.valueOf(lastYear)));
        return years;
    }

    /**
     * Whether a text written on {@code written} tells mostly of a time months before it: of the dates it states with
     * their year and tells in the past, at least {@value #RETRO_MIN_DATES}, more than half lie {@value #BEHIND_DAYS}
     * days or more before the writing (a year before the year of writing for a date that names only its year; a date
     * of the year of writing naming no month is not counted as either).
     */
    static boolean behind(List<StoryDates.Stated> stated, LocalDate written) {
        return written != null && mostlyFar(stated, d -> {
            // A date with its own year is "2021", "2021-06" or "2021-06-10" (StoryDates reads no other).
            if (d.iso().length() == 4) {
                return Integer.parseInt(d.iso()) < written.getYear() ? 1 : -1;
            }
            try {
                LocalDate first = LocalDate.parse(d.iso().length() == 7 ? d.iso() + "-01" : d.iso());
                // A month is behind when its last day is; a day when it is.
                LocalDate last = d.iso().length() == 7 ? first.plusMonths(1).minusDays(1) : first;
                return last.isBefore(written.minusDays(BEHIND_DAYS)) ? 1 : 0;
            } catch (DateTimeParseException e) {
                return -1; // no day of the calendar ("2021-02-30")
            }
        });
    }

    /**
     * Whether, of the dates the text states with their year and tells in the past, at least {@value #RETRO_MIN_DATES}
     * count and more than half of those are far: {@code far} gives 1 for a far date, 0 for a near one, -1 for one that
     * does not count.
     */
    private static boolean mostlyFar(List<StoryDates.Stated> stated, java.util.function.ToIntFunction<StoryDates.Stated> far) {
        int past = 0;
        int farOnes = 0;
        for (StoryDates.Stated d : stated) {
            int f = d.ownYear() && d.tense() == StoryDates.Tense.PAST ? far.applyAsInt(d) : -1;
            if (f >= 0) {
                past++;
                farOnes += f;
            }
        }
        return past >= RETRO_MIN_DATES && 2 * farOnes > past;
    }

    /**
     * How many days the text names within a month before its writing (or its last update): "on Tuesday", "9 May" in a
     * report of the week. Null-safe: none when the date is unknown.
     */
    private static int recentDays(AnnotatedDocument doc, LocalDate written) {
        if (written == null) {
            return 0;
        }
        int n = 0;
        for (Sentence s : doc.sentences()) {
            for (EntityMention m : s.mentions()) {
                String v = "DATE".equals(m.tag()) ? Byline.withoutTime(m.normalized()) : null;
                if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        LocalDate day = LocalDate.parse(v);
                        n += !day.isAfter(written) && !day.isBefore(written.minusDays(RECENT_WINDOW)) ? 1 : 0;
                    } catch (DateTimeParseException e) {
                        // no day of the calendar ("2021-02-30"): not a recent one
                    }
                }
            }
        }
        return n;
    }

    /**
     * Whether a text dated {@code written} tells mostly of a time well before it: of the dates it states with their
     * year and tells in the past, at least {@value #RETRO_MIN_DATES}, more than half lie two calendar years or more
     * before the year of writing (a profile, a look back at a crisis). A report of the week with a line of background
     * is not one.
     */
    static boolean retrospective(List<StoryDates.Stated> stated, LocalDate written) {
        return written != null
                && mostlyFar(stated, d -> Integer.parseInt(d.iso().substring(0, 4)) <= written.getYear() - 2 ? 1 : 0);
    }

    /**
     * The document date when the text itself states that day ("Marsana, 20 June 2020 -"), so that weekdays can be
     * counted back from it; null when the date is an estimate from a month or a year the text mentions.
     */
    private static LocalDate statedDay(AnnotatedDocument doc, LocalDate documentDate) {
        if (documentDate == null) {
            return null;
        }
        String day = documentDate.toString();
        for (Sentence s : doc.sentences()) {
            for (EntityMention m : s.mentions()) {
                if (("DATE".equals(m.tag()) || "TIME".equals(m.tag())) && day.equals(Byline.withoutTime(m.normalized()))) {
                    return documentDate;
                }
            }
        }
        return null;
    }
}
