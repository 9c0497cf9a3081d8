package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear scans give what the backtracking patterns they replace gave, on many random short texts made of the
 * characters the patterns care about; and they handle texts on which the patterns took minutes.
 */
class MarkdownMarksTest {
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");

    private static final String ALPHABET = "#### \t\t**__[]()!!\n\nab\u2028\u0085\u000B";

    private static String random(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void strip_givesWhatTheThreePatternsGave() {
        Random random = new Random(20261204);
        for (int n = 0; n < 200_000; n++) {
            String text = random(random, 1 + random.nextInt(24));
            String expected = BOLD.matcher(LINK.matcher(HEADING.matcher(text).replaceAll("$1")).replaceAll("$1"))
                    .replaceAll("$2");
            assertThat(MarkdownMarks.strip(text)).as("strip of [%s]", text.replace("\n", "\\n")).isEqualTo(expected);
        }
    }

    @Test
    void firstHeading_givesTheHeadingPatternsFirstGroup() {
        Random random = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            String text = random(random, 1 + random.nextInt(24));
            Matcher m = HEADING.matcher(text);
            String expected = m.find() ? m.group(1) : null;
            assertThat(MarkdownMarks.firstHeading(text)).as("first heading of [%s]", text.replace("\n", "\\n"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void strip_handlesTheLinesThatMadeThePatternsBacktrack() {
        int n = 200_000;
        assertThat(MarkdownMarks.strip("# " + "a ".repeat(n) + "#".repeat(n) + "x")).startsWith("a a").endsWith("#x");
        assertThat(MarkdownMarks.strip("[".repeat(n) + "]")).isEqualTo("[".repeat(n) + "]");
        assertThat(MarkdownMarks.strip("**a ".repeat(n))).isEqualTo("**a ".repeat(n));
        String closed = "__x".repeat(n) + "__"; // many matches, each found at once: the pattern is quick here
        assertThat(MarkdownMarks.strip(closed)).isEqualTo(BOLD.matcher(closed).replaceAll("$2"));
        assertThat(MarkdownMarks.strip("![a](".repeat(n))).isEqualTo("![a](".repeat(n));
    }

    @Test
    void strip_removesHeadingMarkersLinkTargetsAndBoldMarkers() {
        assertThat(MarkdownMarks.strip("## Talks resume ##\nThe [council](https://x.example/c) met **on Monday**."))
                .isEqualTo("Talks resume\nThe council met on Monday.");
        assertThat(MarkdownMarks.firstHeading("intro\n  ### Third level\n# First")).isEqualTo("Third level");
    }
}
