package org.dramatis.lexicon;

/**
 * One meaningful line of a data file (no blank line, no {@code #} comment), with where it came from.
 *
 * @param source the bundled resource path or the user's file path, as shown in messages
 * @param number the 1-based line number in that file
 * @param text the line as written, without a byte-order mark
 * @param user whether the line comes from a user's file (a bad one is reported and skipped) rather than a bundled one
 */
public record Line(String source, int number, String text, boolean user) {
    /** "FILE line N", the prefix of every message about this line. */
    public String where() {
        return source + " line " + number;
    }

    /** The TAB-separated columns, each stripped (trailing empty columns dropped). */
    public String[] cols() {
        String[] cols = text.split("\t");
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }

    /** The first column, lowercase: the word or phrase of a word list. */
    public String word() {
        return cols()[0].toLowerCase(java.util.Locale.ROOT);
    }
}
