package org.dramatis.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: for hundreds of generated files of each kind the readers either give documents that keep their promises
 * or reject the file, nothing else. Unlike the Jazzer targets, which replay only their seeds in the normal build, every
 * input here is new: built from the pieces readers are sensitive to (markup, Markdown marks, brackets, line breaks,
 * control characters, byte-order marks) and now and then a piece past a limit (a long line, a long word, deep nesting).
 */
class ReaderPropertyTest {
    private static final int FILES_PER_KIND = 100;

    private static final List<String> PIECES = List.of("The council met on Monday. ", "President ", "7 ", "- ", "word",
            "# ", "## ", "**", "__", "[", "](", ")", "![", "<", ">", "</", "<div>", "</div>", "<p>", "</p>", "<b>",
            "<script>alert(1)</script>", "<\u000Fscript>", "&amp;", "&lt;div&gt;", "&nbsp;", "<![CDATA[", "]]>", "<!--",
            "-->", "<br/>", "\n", "\n\n", "\r\n", " ", "\t", "\u2028", "\u0085", "\u00A0", "\u200B", "\uFEFF", "\u0007",
            "\u00E9", "\u062E\u0628\u0631 ", "\"", "'", "---\n", "title: x\n");

    private static final String FEED_HEAD = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
            + "<item><title>Item</title><description>";
    private static final String FEED_TAIL = "</description></item></channel></rss>";

    @BeforeAll
    static void createDir() throws IOException {
        ReaderFuzzTest.createDir();
    }

    @AfterAll
    static void deleteDir() throws IOException {
        ReaderFuzzTest.deleteDir();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clipping.txt", "article.md", "page.html", "feed.xml"})
    void read_givesCleanDocumentsOrRejects(String name) throws IOException {
        Random random = new Random(name.hashCode());
        for (int n = 0; n < FILES_PER_KIND; n++) {
            String body = generate(random);
            if (name.endsWith(".xml")) {
                body = FEED_HEAD + (random.nextBoolean() ? escapeXml(body) : body) + FEED_TAIL;
            } else if (name.endsWith(".html") && random.nextBoolean()) {
                body = "<html><body><article>" + body + "</article></body></html>";
            }
            ReaderFuzzTest.readAs(name, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String generate(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        switch (random.nextInt(12)) {
            case 0 -> sb.append("x".repeat(1_900 + random.nextInt(300)));
            case 1 -> sb.append("the council met ".repeat(1_200 + random.nextInt(200)));
            case 2 -> sb.append("<div>".repeat(450 + random.nextInt(100)));
            case 3 -> sb.append("[**".repeat(2_000));
            default -> {
            }
        }
        return sb.toString();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
