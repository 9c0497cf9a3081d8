package org.dramatis.app;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.extract.Byline;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * A document's date and how precisely it is known. When the file carries no date, a byline near the top
 * ("Published 26 February 2021, 11:42") gives it to the day; else the latest date the text states with its year stands
 * in for it, with the precision the text gave; a sentence saying "last year" next to a year moves the estimate to the
 * year after.
 *
 * @param iso ISO partial date or null when unknown
 * @param precision DAY, MONTH, YEAR, or null when unknown
 */
record DocumentDate(String iso, String precision) {
    private static final java.util.regex.Pattern EXPLICIT = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    static DocumentDate day(LocalDate date) {
        return new DocumentDate(date.toString(), "DAY");
    }

    static DocumentDate infer(AnnotatedDocument doc) {
        List<LocalDate> byline = Byline.days(doc);
        if (!byline.isEmpty()) {
            return day(byline.get(0));
        }
        String best = null;
        for (Sentence s : doc.sentences()) {
            String lower = s.text().toLowerCase(java.util.Locale.ROOT);
            // "last year ... in July 2019" says the text was written in 2020; "this year, in 2020" says 2020.
            int shift = lower.contains("last year") ? 1 : lower.contains("this year") ? 0 : -1;
            for (EntityMention m : s.mentions()) {
                String v = Byline.withoutTime(m.normalized());
                if (!"DATE".equals(m.tag()) || v == null || !EXPLICIT.matcher(v).matches() || !m.text().contains(v.substring(0, 4))) {
                    continue;
                }
                best = later(best, v);
                if (shift >= 0) {
                    best = later(best, String.valueOf(Integer.parseInt(v.substring(0, 4)) + shift));
                }
            }
        }
        if (best == null) {
            return new DocumentDate(null, null);
        }
        return new DocumentDate(best, best.length() == 10 ? "DAY" : best.length() == 7 ? "MONTH" : "YEAR");
    }

    /** The later of two ISO partial dates; a bare year beats a date within an earlier year only. */
    private static String later(String a, String b) {
        if (a == null) {
            return b;
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
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> LocalDate.parse(iso + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(iso);
        };
    }
}
