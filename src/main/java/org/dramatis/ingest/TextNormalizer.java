package org.dramatis.ingest;

import java.text.Normalizer;

/**
 * Puts extracted text in the one shape every later stage expects, so that the same article read twice
 * hashes the same: NFC, no byte-order mark, {@code \n} line ends, no trailing spaces, no control characters,
 * and at most one blank line between paragraphs. Dropping a character never makes markup: one that follows
 * {@code <}, {@code </}, {@code <!} or {@code <?} becomes a space, so {@code "<\u000Fscript>"}, which a browser and
 * jsoup read as text, does not turn into a {@code <script>} tag in stored text that exports carry. Public so that the corpus checker can require annotated texts to be in this shape already, which keeps
 * their character offsets equal to those of the stored text.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The text as Dramatis stores it; see the class comment. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int blankRun = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String done = stripTrailing(line);
                line.setLength(0);
                if (done.isEmpty()) {
                    blankRun++;
                    continue;
                }
                if (out.length() > 0) {
                    out.append(blankRun > 0 ? "\n\n" : "\n");
                }
                out.append(done);
                blankRun = 0;
                continue;
            }
            appendCleaned(line, c);
        }
        return out.toString();
    }

    private static void appendCleaned(StringBuilder line, char c) {
        if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD') {
            drop(line); // BOM, zero-width space and soft hyphen carry no text and break hashing and tokens
            return;
        }
        if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isSpaceChar(c)) {
            if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
            return;
        }
        if (Character.isISOControl(c)) {
            drop(line);
            return;
        }
        line.append(c);
    }

    /** Drops a character, leaving a space instead where dropping it could join a {@code <} to a tag name. */
    private static void drop(StringBuilder line) {
        if (opensMarkup(line)) {
            line.append(' ');
        }
    }

    private static boolean opensMarkup(StringBuilder line) {
        int n = line.length();
        if (n == 0) {
            return false;
        }
        char last = line.charAt(n - 1);
        if (last == '<') {
            return true;
        }
        return n >= 2 && line.charAt(n - 2) == '<' && (last == '/' || last == '!' || last == '?');
    }

    private static String stripTrailing(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
