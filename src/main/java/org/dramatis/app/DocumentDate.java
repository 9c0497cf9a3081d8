package org.dramatis.app;

import java.time.LocalDate;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * A document's date and how precisely it is known. When the file carries no date, the latest fully stated date in the
 * text stands in for it ("latest explicit date"), with the precision the text gave.
 *
 * @param iso ISO partial date or null when unknown
 * @param precision DAY, MONTH, YEAR, or null when unknown
 */
record DocumentDate(String iso, String precision) {
    static DocumentDate day(LocalDate date) {
        return new DocumentDate(date.toString(), "DAY");
    }

    static DocumentDate infer(AnnotatedDocument doc) {
        String best = null;
        for (Sentence s : doc.sentences()) {
            for (EntityMention m : s.mentions()) {
                String v = m.normalized();
                if (!"DATE".equals(m.tag()) || v == null || !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    continue;
                }
                if (best == null || v.compareTo(best) > 0) {
                    best = v;
                }
            }
        }
        if (best == null) {
            return new DocumentDate(null, null);
        }
        return new DocumentDate(best, best.length() == 10 ? "DAY" : best.length() == 7 ? "MONTH" : "YEAR");
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
