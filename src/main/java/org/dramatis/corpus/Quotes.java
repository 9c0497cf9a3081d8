package org.dramatis.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places a quoted string in a text: the {@code n}-th exact, case-sensitive occurrence that is not part of a longer
 * word ("Iran" is not found inside "Iranian"). A quote that cannot be placed is refused with the reason, so no offset is
 * ever typed by hand.
 *
 * <pre>{@code
 * Quotes.place("Burhan met Hemedti. Burhan left.", "Burhan", 2)   // Span[20, 26]
 * }</pre>
 */
public final class Quotes {
    private Quotes() {
    }

    /** Thrown when a quote cannot be placed; the message says why ("'Kabir' occurs 2 times, not 3"). */
    public static final class Unplaceable extends Exception {
        private static final long serialVersionUID = 1L;

        Unplaceable(String message) {
            super(message);
        }
    }

    /** Every whole-word occurrence of {@code q} in {@code text}, in order. */
    public static List<Span> occurrences(String text, String q) {
        List<Span> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            if (wholeWord(text, i, i + q.length())) {
                out.add(new Span(i, i + q.length()));
            }
        }
        return out;
    }

    /** The {@code n}-th (1-based) whole-word occurrence of {@code q}. */
    public static Span place(String text, String q, int n) throws Unplaceable {
        if (q.isBlank()) {
            throw new Unplaceable("empty quote");
        }
        if (!q.equals(q.strip())) {
            throw new Unplaceable("quote '" + q + "' starts or ends with a space");
        }
        if (n < 1) {
            throw new Unplaceable("occurrence n=" + n + " must be 1 or more");
        }
        List<Span> found = occurrences(text, q);
        if (found.size() >= n) {
            return found.get(n - 1);
        }
        if (!found.isEmpty()) {
            throw new Unplaceable("'" + q + "' occurs " + found.size() + (found.size() == 1 ? " time" : " times")
                    + " as a whole word, not " + n);
        }
        throw new Unplaceable("'" + q + "' is not in the text" + hint(text, q));
    }

    private static String hint(String text, String q) {
        int inside = text.indexOf(q);
        if (inside >= 0) {
            return " as a whole word (it occurs inside \"" + around(text, inside, q.length()) + "\")";
        }
        int folded = text.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
        if (folded >= 0 && text.length() == text.toLowerCase(Locale.ROOT).length()) {
            return " (the text has \"" + text.substring(folded, folded + q.length()) + "\": quotes are case-sensitive)";
        }
        String squeezed = q.replaceAll("\\s+", " ");
        if (!squeezed.equals(q) || q.contains("\u2019") || q.contains("'")) {
            return " (check spaces and apostrophes: quotes must match the text character for character)";
        }
        return "";
    }

    private static String around(String text, int start, int length) {
        int from = start;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = start + length;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Whether [start, end) neither begins nor ends inside a word of the text. */
    static boolean wholeWord(String text, int start, int end) {
        boolean startsWord = Character.isLetterOrDigit(text.codePointAt(start));
        boolean endsWord = Character.isLetterOrDigit(text.codePointBefore(end));
        if (startsWord && start > 0 && Character.isLetterOrDigit(text.codePointBefore(start))) {
            return false;
        }
        return !(endsWord && end < text.length() && Character.isLetterOrDigit(text.codePointAt(end)));
    }
}
