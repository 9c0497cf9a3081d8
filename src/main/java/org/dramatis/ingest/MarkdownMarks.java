package org.dramatis.ingest;

import java.util.function.IntPredicate;

/**
 * Removes the Markdown marks that would show up as tokens — heading markers, link targets, bold markers — in one pass
 * each over the text, in time linear in its length. It gives exactly what these patterns gave with
 * {@code replaceAll}, applied in this order (so articles ingested before keep their text and hash):
 *
 * <pre>
 * heading  (?m)^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$   →  $1
 * link     !?\[([^\]\n]*)\]\([^)\n]*\)               →  $1
 * bold     (\*\*|__)(\S(?:.*?\S)?)\1                 →  $2
 * </pre>
 *
 * The patterns themselves backtrack: a line of 80,000 characters with many {@code [}, {@code **} or trailing-looking
 * runs took about a minute. Here every search for a closing mark resumes where the previous one stopped.
 */
final class MarkdownMarks {
    private MarkdownMarks() {
    }

    /** The text with heading markers, link targets and bold markers removed. */
    static String strip(String text) {
        return bold(links(headings(text)));
    }

    /** The text of the first heading line, or null: group 1 of the heading pattern's first match. */
    static String firstHeading(String text) {
        for (int start = 0; start < text.length(); start = lineEnd(text, start) + 1) {
            int end = lineEnd(text, start);
            int content = headingContent(text, start, end);
            if (content >= 0) {
                return text.substring(content, trailingStart(text, content, end));
            }
        }
        return null;
    }

    /** Lines end at \n, \u0085, \u2028 and \u2029, as for {@code $}, {@code ^} and {@code .} in Java patterns. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !isLineEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static String headings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            int content = headingContent(text, start, end);
            if (content >= 0) {
                out.append(text, content, trailingStart(text, content, end));
            } else {
                out.append(text, start, end);
            }
            if (end < text.length()) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Where a heading's text starts on the line [start, end), or -1 when the line is no heading. */
    private static int headingContent(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && isBlank(text.charAt(i))) {
            i++;
        }
        int hashes = 0;
        while (i < end && text.charAt(i) == '#') {
            hashes++;
            i++;
        }
        if (hashes < 1 || hashes > 6 || i >= end || !isBlank(text.charAt(i))) {
            return -1;
        }
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the run of spaces, tabs and hashes that ends the line: what the lazy group leaves out. */
    private static int trailingStart(String text, int from, int end) {
        int i = end;
        while (i > from && (isBlank(text.charAt(i - 1)) || text.charAt(i - 1) == '#')) {
            i--;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static String links(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Cursor closeBracket = new Cursor(text.length(), j -> text.charAt(j) == ']' || text.charAt(j) == '\n');
        Cursor closeParen = new Cursor(text.length(), j -> text.charAt(j) == ')' || text.charAt(j) == '\n');
        int i = 0;
        while (i < text.length()) {
            int open = text.charAt(i) == '[' ? i : text.charAt(i) == '!' && i + 1 < text.length()
                    && text.charAt(i + 1) == '[' ? i + 1 : -1;
            if (open >= 0) {
                int close = closeBracket.next(open + 1);
                if (close < text.length() && text.charAt(close) == ']' && close + 1 < text.length()
                        && text.charAt(close + 1) == '(') {
                    int paren = closeParen.next(close + 2);
                    if (paren < text.length() && text.charAt(paren) == ')') {
                        out.append(text, open + 1, close);
                        i = paren + 1;
                        continue;
                    }
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }

    static String bold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Cursor stars = closing(text, '*');
        Cursor underscores = closing(text, '_');
        Cursor lineEnds = new Cursor(text.length(), j -> isLineEnd(text.charAt(j)));
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '*' || c == '_') && i + 2 < text.length() && text.charAt(i + 1) == c
                    && isNonSpace(text.charAt(i + 2))) {
                // with the optional group: the first non-space followed by the marker, on the same line
                int last = (c == '*' ? stars : underscores).next(i + 3);
                if (last < text.length() && lineEnds.next(i + 3) >= last) {
                    out.append(text, i + 2, last + 1);
                    i = last + 3;
                    continue;
                }
                // without it: one non-space character between the markers
                if (i + 4 < text.length() && text.charAt(i + 3) == c && text.charAt(i + 4) == c) {
                    out.append(text.charAt(i + 2));
                    i += 5;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Positions j holding a non-space followed by two {@code mark}s: where bold text can end. */
    private static Cursor closing(String text, char mark) {
        return new Cursor(text.length(), j -> j + 2 < text.length() && isNonSpace(text.charAt(j))
                && text.charAt(j + 1) == mark && text.charAt(j + 2) == mark);
    }

    /** {@code \S} in Java patterns: anything but space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isNonSpace(char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r';
    }

    /**
     * The next position at or after a query that passes a test. Queries come in non-decreasing order, and no position
     * between the previous query and the previous answer passes, so each position is tested at most once over all
     * queries: the searches together are linear in the text.
     */
    private static final class Cursor {
        private final int length;
        private final IntPredicate passes;
        private int found = -1;

        Cursor(int length, IntPredicate passes) {
            this.length = length;
            this.passes = passes;
        }

        /** The first position {@code >= query} that passes, or the text's length when none does. */
        int next(int query) {
            if (found >= query) {
                return found;
            }
            int j = query;
            while (j < length && !passes.test(j)) {
                j++;
            }
            found = j;
            return j;
        }
    }
}
