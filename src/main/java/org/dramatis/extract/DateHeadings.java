package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Lines that are only a date ("APRIL", "Saturday 13 April 2024", "12 June:"), heading the items under them as timelines,
 * live updates and month-by-month reviews lay out their news. Where a document has at least two such lines, each dates
 * the sentences below it up to the next: "US designates the Guards a terrorist group" under "APRIL" happened in April.
 * One date line alone is a dateline or a publication date, which the document's own date already is; so are a date line
 * and an update line at the top, or at the top and the foot of an article.
 */
final class DateHeadings {
    /** A heading is short: a weekday, a day, a month, a year and their punctuation. */
    private static final int MAX_TOKENS = 6;
    /** How many date lines make a layout of dated items rather than a date line at the top. */
    private static final int MIN_HEADINGS = 2;
    /** How many sentences one dated item may run to under its heading. */
    private static final int MAX_ITEMS = 12;

    private DateHeadings() {
    }

    /**
     * For each sentence under a date heading, the heading's date mention: empty unless the document has at least two
     * and every heading but the last heads between one and {@value #MAX_ITEMS} sentences (a layout of dated items, not
     * a date line and an update line at the top); the last heading dates at most that many sentences under it.
     */
    static Map<Integer, EntityMention> of(AnnotatedDocument doc) {
        List<Integer> at = new ArrayList<>();
        Map<Integer, EntityMention> headings = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            EntityMention h = heading(doc.text(), s);
            if (h != null) {
                headings.put(s.index(), h);
                at.add(s.index());
            }
        }
        if (at.size() < MIN_HEADINGS) {
            return Map.of();
        }
        for (int k = 0; k + 1 < at.size(); k++) {
            int items = at.get(k + 1) - at.get(k) - 1;
            if (items < 1 || items > MAX_ITEMS) {
                return Map.of();
            }
        }
        Map<Integer, EntityMention> under = new HashMap<>();
        for (int k = 0; k < at.size(); k++) {
            int end = k + 1 < at.size() ? at.get(k + 1) : Math.min(doc.sentences().size(), at.get(k) + 1 + MAX_ITEMS);
            for (int s = at.get(k) + 1; s < end; s++) {
                under.put(s, headings.get(at.get(k)));
            }
        }
        return under;
    }

    /**
     * The date of a sentence that is a line of its own holding only a date (with a weekday and punctuation), or null.
     */
    static EntityMention heading(String text, Sentence s) {
        if (s.tokens().isEmpty() || s.tokens().size() > MAX_TOKENS || !ownLine(text, s.begin(), s.end())) {
            return null;
        }
        EntityMention date = null;
        for (EntityMention m : s.mentions()) {
            if ("DATE".equals(m.tag()) && m.normalized() != null && (date == null || m.end() - m.begin() > date.end() - date.begin())) {
                date = m;
            }
        }
        if (date == null || !date.normalized().strip().matches("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        for (Token t : s.tokens()) {
            boolean inDate = s.mentions().stream().anyMatch(m -> "DATE".equals(m.tag()) && m.begin() <= t.begin() && t.end() <= m.end());
            if (!inDate && !t.word().matches("\\p{Punct}+|[–—]") && !DateNormalizer.isWeekday(t.word())) {
                return null;
            }
        }
        return date;
    }

    /** Whether only spaces stand between the span and the line breaks (or the text's ends) around it. */
    private static boolean ownLine(String text, int begin, int end) {
        int b = begin - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        int e = end;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        return (b < 0 || text.charAt(b) == '\n' || text.charAt(b) == '\r')
                && (e >= text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r');
    }
}
