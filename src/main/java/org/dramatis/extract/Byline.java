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
 */
public final class Byline {
    /** Words of a byline that date the page itself. */
    private static final Pattern WORDS = Pattern.compile("\\b(published|posted|updated|last modified)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How many sentences from the top a byline may stand. */
    private static final int SENTENCES = 6;

    private Byline() {
    }

    /** The byline's days in the order written, each stated with its year; empty when the page has no byline. */
    public static List<LocalDate> days(AnnotatedDocument doc) {
        List<LocalDate> out = new ArrayList<>();
        for (Sentence s : doc.sentences().subList(0, Math.min(SENTENCES, doc.sentences().size()))) {
            if (!WORDS.matcher(s.text()).find()) {
                continue;
            }
            for (EntityMention m : s.mentions()) {
                String v = withoutTime(m.normalized());
                boolean dated = "DATE".equals(m.tag()) || "TIME".equals(m.tag());
                if (dated && v != null && DAY.matcher(v).matches() && m.text().contains(v.substring(0, 4))) {
                    LocalDate day = LocalDate.parse(v);
                    if (!out.contains(day)) {
                        out.add(day);
                    }
                }
            }
        }
        return out;
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
