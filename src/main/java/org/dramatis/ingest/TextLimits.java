package org.dramatis.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Linear scans that reject a text before anything costlier reads it: a line past {@link ReaderLimits#maxLineChars()}
 * (checked on text and Markdown files before they are parsed) or a run of non-space characters past
 * {@link ReaderLimits#maxTokenChars()} (checked on every document's text before it goes to the language models).
 */
final class TextLimits {
    private TextLimits() {
    }

    /** @throws RejectedInput naming the first line over {@code max} characters, e.g. "line 12 is 120,000 characters, …" */
    static void checkLines(String text, Path file, int max) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - start > max) {
                    throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                            "line %,d is %,d characters, over the %,d-character limit", line, i - start, max));
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * @param name the document's name, given when it is not the file's own (a feed item)
     * @throws RejectedInput showing the start of the first run of non-space characters over {@code max}; no line
     *                       number, because the text is the extracted one, not the file's
     */
    static void checkTokens(String text, Path file, String name, int max) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (i - start > max) {
                    String where = name == null ? "the text" : name;
                    throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                            "%s holds a word of %,d characters without a space (%s…), over the %,d-character limit",
                            where, i - start, text.substring(start, Math.min(i, start + 20)), max));
                }
                start = i + 1;
            }
        }
    }
}
