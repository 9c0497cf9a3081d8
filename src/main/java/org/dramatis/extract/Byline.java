package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * The days a page's byline states near its top: "Published 26 February 2021, 11:42 | Updated 27 February 2021",
 * "Posted on March 3, 2021". The first is when the page was written; the last bounds what its text can tell in the past.
 * A dateline says the same: "BAGHDAD, 10 June 2021 - The court ...", "Baghdad - Saturday 6 November 2021" on its own
 * line under the headline. A line of fields set apart by bars or middle dots names the day as one field of its own:
 * "By Staff Reporter | 11 December 2019, 19:40", "Analysis · Economy Programme · 15 July 2024 · 11 min read".
 */
public final class Byline {
    /** Words of a byline that date the page itself. */
    private static final Pattern WORDS = Pattern.compile("\\b(published|posted|updated|last modified)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How many sentences from the top a byline may stand. */
    private static final int SENTENCES = 6;
    /** In how many paragraphs from the top a dateline may stand (headline, byline, dateline). */
    private static final int PARAGRAPHS = 3;
    /** How long the place and agency before a dateline's day may be ("Baghdad - The Two Rivers News - "). */
    private static final int DATELINE_PREFIX = 60;
    /** What may follow a dateline's day on its line: nothing, or the dash or bracket before the report. */
    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:$|[-\u2013\u2014(])");
    /** What sets a byline's fields apart: a bar, a middle dot or a bullet. */
    private static final Pattern FIELD_MARK = Pattern.compile("[|\u00b7\u2022]");
    /** What may stand beside a day in its field: a time of day ("19:40", "8:45 PM", "11:05 am GMT") and commas. */
    private static final Pattern FIELD_REST = Pattern.compile(
            "[\\s,]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?[\\s,]*",
            Pattern.CASE_INSENSITIVE);

    private Byline() {
    }

    /** The byline's days in the order written, each stated with its year; empty when the page has no byline. */
    public static List<LocalDate> days(AnnotatedDocument doc) {
        List<LocalDate> out = new ArrayList<>();
        for (Sentence s : doc.sentences().subList(0, Math.min(SENTENCES, doc.sentences().size()))) {
            boolean byline = WORDS.matcher(s.text()).find();
            for (EntityMention m : s.mentions()) {
                String v = withoutTime(m.normalized());
                boolean dated = "DATE".equals(m.tag()) || "TIME".equals(m.tag());
                if (dated && v != null && DAY.matcher(v).matches() && m.text().contains(v.substring(0, 4))
                        && (byline || ownField(doc.text(), s, m))) {
                    LocalDate day = LocalDate.parse(v);
                    if (!out.contains(day)) {
                        out.add(day);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The day a dateline states with its year in the first paragraphs: a date alone on its line after a short place
     * ("Baghdad - Saturday 6 November 2021"), or opening the first report before a dash ("BAGHDAD, 10 June 2021 - The
     * court ..."); null when there is none.
     */
    public static LocalDate dateline(AnnotatedDocument doc) {
        String text = doc.text();
        int top = 0;
        for (int p = 0; p < PARAGRAPHS && top >= 0; p++) {
            top = text.indexOf("\n\n", top == 0 ? 0 : top + 2);
        }
        int limit = top < 0 ? text.length() : top;
        for (Sentence s : doc.sentences()) {
            if (s.begin() >= limit) {
                break;
            }
            for (EntityMention m : s.mentions()) {
                String v = withoutTime(m.normalized());
                if ("DATE".equals(m.tag()) && v != null && DAY.matcher(v).matches() && m.text().contains(v.substring(0, 4))
                        && datelineShape(text, m)) {
                    return LocalDate.parse(v);
                }
            }
        }
        return null;
    }

    /**
     * Whether the day stands as a field of its own on a line of fields ("By X | 11 December 2019, 19:40"): the line
     * (within the sentence) has a bar or a middle dot, and the day's field holds nothing else but a time of day.
     */
    private static boolean ownField(String text, Sentence s, EntityMention m) {
        int lineStart = Math.max(s.begin(), text.lastIndexOf('\n', m.begin() - 1) + 1);
        int lineEnd = text.indexOf('\n', m.end());
        lineEnd = Math.min(s.end(), lineEnd < 0 ? text.length() : lineEnd);
        String before = text.substring(lineStart, m.begin());
        String after = text.substring(m.end(), lineEnd);
        if (!FIELD_MARK.matcher(before).find() && !FIELD_MARK.matcher(after).find()) {
            return false;
        }
        String[] left = FIELD_MARK.split(before, -1);
        String[] right = FIELD_MARK.split(after, -1);
        return FIELD_REST.matcher(left[left.length - 1]).matches() && FIELD_REST.matcher(right[0]).matches();
    }

    private static boolean datelineShape(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', m.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String after = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
        return m.begin() - lineStart <= DATELINE_PREFIX && DATELINE_END.matcher(after).lookingAt();
    }

    /** The latest day the byline states, or null. */
    static LocalDate latest(AnnotatedDocument doc) {
        return days(doc).stream().max(LocalDate::compareTo).orElse(null);
    }

    /** A SUTime value without its time of day ("2021-02-26T11:42" is the 26th); null stays null. */
    public static String withoutTime(String value) {
        return value != null && value.toUpperCase(Locale.ROOT).matches("\\d{4}-\\d{2}-\\d{2}T.*") ? value.substring(0, 10) : value;
    }
}
