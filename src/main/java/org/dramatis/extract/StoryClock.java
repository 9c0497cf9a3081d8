package org.dramatis.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.EntityMention;

/**
 * The running time of one story, read sentence by sentence: the days and years it has named and the events it has
 * dated, which its relative dates count from. "The same day" is the day named last; "two days later" counts from the
 * last event dated to the day (or a day named after it), "a month later" from the last one known to the month; a month named without its year
 * right after a stated year is in that year; a yearless date after the article, told in the past, is a year earlier.
 * SUTime counts all of these from the article's date instead. Split from {@link EventDates}, which asks it.
 */
final class StoryClock {
    /** "That day", "the same day", "on that same day": the day named last, whatever SUTime made of it. */
    private static final Pattern SAME_DAY = Pattern.compile("(?:on )?(?:that|the same|that same) day");
    /** An uncounted offset ("days later", "a few weeks later", "several months later"). */
    private static final Pattern VAGUE_LATER = Pattern.compile("(?:a few |several |some )?(days|weeks|months) (?:later|earlier)");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final DateNormalizer dates;
    private final LocalDate documentDate;
    private final LocalDate toldUntil;
    /** Last ISO date an event used, for "the 29th of the same month" and "the following year". */
    private String lastDate;
    /** Last day an event was dated to, for "hours later" and "two days later". */
    private String lastDay;
    private int lastDaySentence = -1;
    /** The last event dated to the month or the day, and its sentence. */
    private String lastMonth;
    private int lastMonthSentence = -1;
    /** The date "two days later" counts from in the current sentence. */
    private String anchor;
    /** The same for "a month later": the last date known to the month or the day. */
    private String monthAnchor;
    /** The last date named with its year ("in May 2018"), and its sentence: the year a yearless month right after is in. */
    private String storyDate;
    private int storySentence = -1;
    /** The last day any date in the text named, for "that day", and its sentence. */
    private String lastNamedDay;
    private int lastNamedDaySentence = -1;
    /** The sentence being read, its index, and the text of the two before it. */
    private SentenceView current;
    private int sentence = -1;
    private String recentText = "";
    private String lastText = "";

    /**
     * @param toldUntil the last day the text may tell in the past: the document's date, or a later update its byline
     *                  states; null when unknown
     */
    StoryClock(DateNormalizer dates, LocalDate documentDate, LocalDate toldUntil) {
        this.dates = dates;
        this.documentDate = documentDate;
        this.toldUntil = toldUntil;
    }

    /** Moves to the sentence an event is dated in. */
    void enter(SentenceView v) {
        current = v;
        if (v.sentence.index() != sentence) {
            sentence = v.sentence.index();
            // "two days later" counts from the last event dated to the day, or from a day the text named after it ("The
            // campaign collapsed on 28 October. ... the next day police arrested ..."); "a month later" from the last
            // event dated to the month or day, so that a year told in passing counts for neither.
            anchor = lastDay != null && (lastNamedDay == null || lastDaySentence >= lastNamedDaySentence) ? lastDay : lastNamedDay;
            monthAnchor = lastMonth != null && (anchor == null || lastMonthSentence > lastDaySentence) ? lastMonth : anchor;
        }
    }

    /** Notes an event's date, which later offsets count from. */
    void eventDated(SentenceView v, String date) {
        lastDate = date;
        if (date.length() == 10) {
            lastDay = date;
            lastDaySentence = v.sentence.index();
        }
        if (date.length() >= 7) {
            lastMonth = date;
            lastMonthSentence = v.sentence.index();
        }
    }

    /** The last day the text named, or null. */
    String lastNamedDay() {
        return lastNamedDay;
    }

    /** The last date an event was given, or null. */
    String lastDate() {
        return lastDate;
    }

    /**
     * A date named without its year ("in June", "on July 6") that SUTime placed after the article (and after its last
     * update), for an event told in the past tense or a time "since" that date: the last such month before the article
     * ("In June the unit raided ..." written in January; "is accused of nine attacks since January" written in August).
     */
    String past(SentenceView v, int i, EntityMention m, String iso) {
        return past(m, iso, RelativeDates.toldInPast(v, i) || since(v, m));
    }

    /** As {@link #past(SentenceView, int, EntityMention, String)}, the text's tense given: whether it looks back. */
    String past(EntityMention m, String iso, boolean lookingBack) {
        if (iso == null || documentDate == null || iso.length() < 7 || m.text().matches(".*\\d{4}.*") || !namesMonth(m.text())
                || iso.length() == 7 && storyFor(m) != null
                || iso.compareTo(toldUntil.toString()) <= 0 || !lookingBack || DateNormalizer.weekdayFixes(m, iso)) {
            return iso;
        }
        return (Integer.parseInt(iso.substring(0, 4)) - 1) + iso.substring(4);
    }

    /** Whether the date follows "since": the time it names has begun before the report. */
    private static boolean since(SentenceView v, EntityMention m) {
        int before = m.tokenBegin() - 1;
        return before >= 0 && before < v.size() && v.lower(before).equals("since");
    }

    /** Whether a definite event noun carries a proper name the last sentences did not ("the Karrada bombing"). */
    boolean named(SentenceView v, int noun) {
        for (int c : v.dependents(noun, "compound")) {
            if (v.pos(c).startsWith("NNP") && !recentText.contains(v.tokens.get(c).word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date's words name a month ("in June", "on July 6"), not a day counted from another ("the next day"). */
    static boolean namesMonth(String text) {
        for (java.time.Month month : java.time.Month.values()) {
            if (text.toUpperCase(Locale.ROOT).contains(month.name().substring(0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** Notes the last day the sentence names, for a later "that day". */
    void read(SentenceView v) {
        current = v;
        recentText = lastText + " " + v.sentence.text();
        lastText = v.sentence.text();
        String named = null;
        for (EntityMention em : v.sentence.mentions()) {
            String iso = "DATE".equals(em.tag()) ? normalize(em) : null;
            if (iso != null && iso.length() == 10) {
                named = iso;
            }
            String stated = iso != null && YEAR.matcher(em.text()).find() ? dates.normalizeMention(em, documentDate) : null;
            if (stated != null) {
                storyDate = stated.length() > 7 ? stated.substring(0, 7) : stated;
                storySentence = v.sentence.index();
            }
        }
        if (named != null) {
            lastNamedDay = named;
            lastNamedDaySentence = v.sentence.index();
        }
    }

    /**
     * A date mention as an ISO date. An offset ("hours later", "two days later", "the next day") counts from the
     * previous event, not from the article's date that SUTime counted it from.
     */
    String normalize(EntityMention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        if (SAME_DAY.matcher(text).matches()) {
            // "welcomed the choice the same day": the last day the text named, not the article's.
            return lastNamedDay;
        }
        String iso = dates.normalizeMention(m, documentDate);
        boolean years = iso != null && (iso.length() == 4 || text.contains("year"));
        if (years && documentDate != null && lastDate != null
                && (text.startsWith("the following") || text.startsWith("the next") || text.endsWith("later"))) {
            // "the following year", "three years later": counted from the story's last dated event.
            int offset = Integer.parseInt(iso.substring(0, 4)) - documentDate.getYear();
            return String.valueOf(Integer.parseInt(lastDate.substring(0, 4)) + offset);
        }
        iso = inStoryYear(m, text, iso);
        boolean following = text.startsWith("the next") || text.startsWith("the following") || text.startsWith("next day");
        boolean offset = text.endsWith("later") || text.endsWith("earlier");
        if (iso == null || !offset && !(following && iso.length() == 10)) {
            return iso;
        }
        return counted(text, iso);
    }

    /**
     * A month (no day) named without its year right after a sentence that named one ("came third in the May 2018 election. When
     * unrest shook Basra that September, ..."): that year, or the next when the month comes before the one named.
     * SUTime counted it from the article's date instead.
     */
    private String inStoryYear(EntityMention m, String text, String iso) {
        String story = storyFor(m);
        if (iso == null || iso.length() != 7 || story == null || YEAR.matcher(text).find()
                || !namesMonth(text) || text.contains("last") || text.contains("next") || text.contains("this")
                || iso.startsWith(story.substring(0, 4))) {
            return iso;
        }
        int year = Integer.parseInt(story.substring(0, 4));
        if (story.length() >= 7 && iso.substring(5, 7).compareTo(story.substring(5, 7)) < 0) {
            year++;
        }
        return year + iso.substring(4);
    }

    /**
     * The date with its year named last before {@code m}: earlier in its sentence ("in the election of November 2023,
     * and ... in December"), else in the sentence before; null when neither names one.
     */
    private String storyFor(EntityMention m) {
        String story = storySentence >= sentence - 1 ? storyDate : null;
        for (EntityMention em : current == null ? List.<EntityMention>of() : current.sentence.mentions()) {
            String stated = "DATE".equals(em.tag()) && em.tokenEnd() <= m.tokenBegin() && YEAR.matcher(em.text()).find()
                    ? dates.normalizeMention(em, documentDate) : null;
            story = stated != null ? (stated.length() > 7 ? stated.substring(0, 7) : stated) : story;
        }
        return story;
    }

    /**
     * An offset SUTime counted from the article's date ("two days later", "a month later", "two months earlier")
     * counted instead from the story's last date, as precisely as both are known; null when the story has none.
     */
    private String counted(String text, String iso) {
        String anchor = text.contains("month") ? monthAnchor : this.anchor;
        if (anchor == null || documentDate == null || iso.length() < 7) {
            // Later than an event the story has not dated: unknown, not later than the article.
            return null;
        }
        try {
            // A month is counted from its middle and a year from its middle, so that a day's offset stays inside.
            LocalDate base = anchor.length() == 10 ? LocalDate.parse(anchor)
                    : anchor.length() == 7 ? LocalDate.parse(anchor + "-15") : LocalDate.parse(anchor + "-07-01");
            LocalDate moved = iso.length() == 10 ? base.plusDays(ChronoUnit.DAYS.between(documentDate, LocalDate.parse(iso)))
                    : base.plusMonths(ChronoUnit.MONTHS.between(java.time.YearMonth.from(documentDate), java.time.YearMonth.parse(iso)));
            int precision = Math.min(anchor.length(), iso.length());
            Matcher vague = VAGUE_LATER.matcher(text);
            if (vague.matches()) {
                // "days later", "a few weeks later": SUTime counts one unit; only the month (or year) is known.
                precision = Math.min(precision, vague.group(1).startsWith("month") ? 4 : 7);
            }
            return moved.toString().substring(0, precision);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
