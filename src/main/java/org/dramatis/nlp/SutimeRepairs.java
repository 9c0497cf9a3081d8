package org.dramatis.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends what SUTime reads wrongly in a way the extraction cannot see past. "Sentenced on 3 March 2018 to ten years"
 * comes out of SUTime as "3 March" (a day of an unknown year) and "2018 to ten years", a range of durations written
 * {@code P2018Y/P10Y}: the sentence's date loses its year, and the story's dates after it are counted from whatever
 * year came before. A four-digit year so read is the year it says; when a day or month of an unknown year stands right
 * before it, it is that date's year, and the two become one mention; the duration after it keeps its own length.
 *
 * <p>Machine translation from Arabic words a date "11 of the month of August, of the year 2023"; SUTime reads a number,
 * a month of an unknown year and a year, three things apart. They are one day.
 *
 * <p>"In the day of Wednesday", as machine translation from Arabic renders "on Wednesday", is to SUTime "the day" (the
 * document's date) intersected with a Wednesday, and comes out as the document's own day; it is the weekday, the latest
 * one on or before that day as SUTime places a bare "Wednesday" (without the document's date: a Wednesday of no known
 * week, which the extraction places the same way against a day the text states).
 *
 * <p>Applied to every document CoreNLP reads ({@link CoreNlpAdapter}) and to annotations read back from a cache, so it
 * leaves a document it already mended as it is.
 */
public final class SutimeRepairs {
    /** A year SUTime took for the start of a range of durations: "2018" in "2018 to ten years". */
    private static final Pattern YEAR_AS_DURATION = Pattern.compile("^P(\\d{4})Y/(P.+)$");
    private static final Pattern FOUR_DIGITS = Pattern.compile("^\\d{4}$");
    /** A day or a month whose year SUTime did not know: "XXXX-03-03", "XXXX-05". */
    private static final Pattern YEARLESS = Pattern.compile("^XXXX(-\\d{2}(?:-\\d{2})?)$");
    /**
     * A month SUTime read alone, of a known year or not ("XXXX-08", "THIS P1M INTERSECT XXXX-08", "2023-07"), at the
     * value's end: a day or a year next to it in the text joins it.
     */
    private static final Pattern MONTH = Pattern.compile("(?:^|INTERSECT )(XXXX|\\d{4})-(\\d{2})$");
    /** A day of the month written as a bare number: "11" in "11 of the month of August". */
    private static final Pattern DAY = Pattern.compile("^\\d{1,2}$");
    /** "the year 2023", "year 2023", "2023". */
    private static final Pattern OF_THE_YEAR = Pattern.compile("(?i)^(?:the )?(?:year )?\\d{4}$");
    /** "Wednesday", "the day of Wednesday" (group 1: "the day of", when written). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^((?:the )?day of )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    private SutimeRepairs() {
    }

    /** {@code doc} with its sentences mended; the same object when nothing needed mending. */
    public static AnnotatedDocument mend(AnnotatedDocument doc) {
        List<Sentence> out = null;
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            Sentence m = mend(doc.text(), s);
            if (m != s && out == null) {
                out = new ArrayList<>(doc.sentences().subList(0, i));
            }
            if (out != null) {
                out.add(m);
            }
        }
        return out == null ? doc : new AnnotatedDocument(doc.text(), out);
    }

    static Sentence mend(String text, Sentence s) {
        List<EntityMention> mentions = new ArrayList<>(s.mentions());
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = yearsReadAsDurations(text, mentions, tokens);
        changed |= translatedDays(text, mentions, tokens);
        changed |= weekdays(mentions, tokens);
        return changed ? new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, mentions, s.dependencies()) : s;
    }

    /** "the day of Wednesday": the weekday. */
    private static boolean weekdays(List<EntityMention> mentions, List<Token> tokens) {
        boolean changed = false;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            Matcher weekday = WEEKDAY.matcher(m.text());
            if ("DATE".equals(m.tag()) && weekday.matches() && weekday.group(1) != null) {
                String value = weekday(m.normalized(), DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT)));
                if (!value.equals(m.normalized())) {
                    mentions.set(i, with(m, value));
                    retag(tokens, m.tokenBegin(), m.tokenEnd(), value);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** "on 3 March 2018 to ten years": the year of the day before it. */
    private static boolean yearsReadAsDurations(String text, List<EntityMention> mentions, List<Token> tokens) {
        boolean changed = false;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention year = mentions.get(i);
            Matcher range = year.normalized() == null ? null : YEAR_AS_DURATION.matcher(year.normalized());
            if (!"DATE".equals(year.tag()) || range == null || !range.matches() || !FOUR_DIGITS.matcher(year.text()).matches()) {
                continue;
            }
            String wrong = year.normalized();
            String value = range.group(1);
            EntityMention date;
            EntityMention before = i > 0 ? mentions.get(i - 1) : null;
            Matcher yearless = before == null || before.normalized() == null ? null : YEARLESS.matcher(before.normalized());
            if (before != null && "DATE".equals(before.tag()) && before.tokenEnd() == year.tokenBegin()
                    && yearless != null && yearless.matches()) {
                value = range.group(1) + yearless.group(1);
                date = span(text, before, year, value);
                mentions.remove(--i);
            } else {
                date = with(year, value);
            }
            mentions.set(i, date);
            retag(tokens, date.tokenBegin(), date.tokenEnd(), value);
            // "to ten years" keeps its length: P10Y.
            if (i + 1 < mentions.size() && wrong.equals(mentions.get(i + 1).normalized())) {
                EntityMention d = mentions.get(i + 1);
                mentions.set(i + 1, with(d, range.group(2)));
                retag(tokens, d.tokenBegin(), d.tokenEnd(), range.group(2));
            }
            changed = true;
        }
        return changed;
    }

    /**
     * "11 of the month of August, of the year 2023", "3 of March", "the month of July, of the year 2020": a day, its
     * month and its year, as machine translation from Arabic words them, which SUTime reads as a number, a month of an
     * unknown year and a year apart. They become one date.
     */
    private static boolean translatedDays(String text, List<EntityMention> mentions, List<Token> tokens) {
        boolean changed = false;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention month = mentions.get(i);
            Matcher mm = month.normalized() == null ? null : MONTH.matcher(month.normalized());
            if (!"DATE".equals(month.tag()) || mm == null || !mm.find()) {
                continue;
            }
            String year = mm.group(1);
            int from = i;
            int to = i;
            String day = null;
            EntityMention number = i > 0 ? mentions.get(i - 1) : null;
            int n = number != null && DAY.matcher(number.text()).matches() ? Integer.parseInt(number.text()) : 0;
            if (n >= 1 && n <= 31 && "NUMBER".equals(number.tag()) && number.tokenEnd() + 1 == month.tokenBegin()
                    && word(tokens, number.tokenEnd()).equalsIgnoreCase("of")) {
                day = String.format("%02d", n);
                from = i - 1;
            }
            EntityMention after = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (year.equals("XXXX") && after != null && "DATE".equals(after.tag()) && after.normalized() != null
                    && FOUR_DIGITS.matcher(after.normalized()).matches() && OF_THE_YEAR.matcher(after.text()).matches()
                    && onlyJoiners(tokens, month.tokenEnd(), after.tokenBegin())) {
                year = after.normalized();
                to = i + 1;
            }
            if (from == i && to == i) {
                continue;
            }
            // "In the day of Wednesday, the 26 of the month of July": the weekday is that day's.
            EntityMention first = mentions.get(from);
            EntityMention weekday = day != null && from > 0 ? mentions.get(from - 1) : null;
            if (weekday != null && "DATE".equals(weekday.tag()) && WEEKDAY.matcher(weekday.text()).matches()
                    && onlyJoiners(tokens, weekday.tokenEnd(), first.tokenBegin() - (word(tokens, first.tokenBegin() - 1)
                    .equalsIgnoreCase("the") ? 1 : 0))) {
                from--;
            }
            String value = year + "-" + mm.group(2) + (day == null ? "" : "-" + day);
            EntityMention date = span(text, mentions.get(from), mentions.get(to), value);
            mentions.subList(from, to + 1).clear();
            mentions.add(from, date);
            retag(tokens, date.tokenBegin(), date.tokenEnd(), value);
            i = from;
            changed = true;
        }
        return changed;
    }

    /** Whether the tokens from {@code from} up to {@code to} are only a comma and "of". */
    private static boolean onlyJoiners(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = word(tokens, t);
            if (!w.equals(",") && !w.equalsIgnoreCase("of")) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String word(List<Token> tokens, int t) {
        return t >= 0 && t < tokens.size() ? tokens.get(t).word() : "";
    }

    private static EntityMention with(EntityMention m, String value) {
        return new EntityMention(m.text(), m.tag(), m.begin(), m.end(), m.tokenBegin(), m.tokenEnd(), value);
    }

    private static EntityMention span(String text, EntityMention first, EntityMention last, String value) {
        return new EntityMention(text.substring(first.begin(), last.end()), "DATE", first.begin(), last.end(),
                first.tokenBegin(), last.tokenEnd(), value);
    }

    /**
     * The weekday {@code day} for SUTime's {@code value} of "the day of" it: with the document's date SUTime
     * gives that date, and the weekday is the latest one on or before it; without, the weekday of no known week.
     */
    private static String weekday(String value, DayOfWeek day) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).with(TemporalAdjusters.previousOrSame(day)).toString();
        }
        return "XXXX-WXX-" + day.getValue();
    }

    private static void retag(List<Token> tokens, int from, int to, String value) {
        for (int t = from; t < to && t < tokens.size(); t++) {
            Token k = tokens.get(t);
            tokens.set(t, new Token(k.index(), k.word(), k.lemma(), k.pos(), k.ner(), value, k.begin(), k.end()));
        }
    }
}
