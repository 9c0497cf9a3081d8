package org.dramatis.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text CoreNLP parses, the same length as the text stored so that every offset stays true. Two habits of timelines
 * and scraped lists defeat the parser: list items without a full stop run together into one long sentence, and a date
 * lead-in with a colon ("- 6 December 2019: the Treasury sanctioned X") makes the date the root and leaves the clause
 * without its subject; a bullet before a clause leaves the parser reading its verb as an adjective. So a bullet opening a
 * line becomes a full stop after a line with no closing punctuation and a space otherwise, and a lead-in's colon a comma
 * ("6 December 2019, the Treasury sanctioned X").
 */
final class ParseText {
    /** A list item: optional indent, a bullet, a space. */
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([-*\\u2022])[ \\t]+");
    /** What a line may open with before a colon to be a date lead-in: a few words, digits and commas. */
    private static final Pattern LEAD = Pattern.compile("(?m)^([ \\t]*(?:[-*\\u2022][ \\t]+)?)([A-Za-z0-9][A-Za-z0-9 ,.\\-]{0,28}?)[ \\t]*(:)(?=[ \\t])");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}s?\\b");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
    private static final int LEAD_WORDS = 5;

    private ParseText() {
    }

    static String of(String text) {
        char[] out = text.toCharArray();
        Matcher bullet = BULLET.matcher(text);
        while (bullet.find()) {
            out[bullet.start(1)] = closed(text, bullet.start()) ? ' ' : '.';
        }
        Matcher lead = LEAD.matcher(text);
        while (lead.find()) {
            String words = lead.group(2).toLowerCase(Locale.ROOT);
            boolean date = YEAR.matcher(words).find() || MONTH.matcher(words).find();
            if (date && words.split("\\s+").length <= LEAD_WORDS) {
                out[lead.start(3)] = ',';
            }
        }
        return new String(out);
    }

    /** Whether the last non-blank text before {@code at} ends a sentence (or nothing comes before it). */
    private static boolean closed(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == ')';
    }
}
