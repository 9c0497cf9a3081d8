package org.dramatis.ingest;

/** Headline guess for plain text: the first non-empty line, when it is short and more text follows. */
final class PlainTextTitles {

    static final int MAX_TITLE_CHARS = 200;

    private PlainTextTitles() {
    }

    static String titleOf(String text) {
        String normalized = TextNormalizer.normalize(text);
        int end = normalized.indexOf('\n');
        if (end < 0) {
            return null; // a one-line text has no separate headline
        }
        String first = normalized.substring(0, end).strip();
        if (first.isEmpty() || first.length() >= MAX_TITLE_CHARS || normalized.substring(end).isBlank()) {
            return null;
        }
        return first;
    }
}
