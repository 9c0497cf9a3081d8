package org.dramatis.ingest;

import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Element nesting bounded before it costs the stack or quadratic time. XML is measured by a linear, tolerant scan of
 * its tags before any parser sees it (a 60,000-deep Atom feed overflows the stack inside ROME's parser); a web page is
 * measured on the tree jsoup built, which jsoup itself never nests deeper than 512.
 */
final class Nesting {
    private Nesting() {
    }

    /**
     * Rejects XML whose elements nest deeper than {@code max}. Tolerant by design: it counts start and end tags, skips
     * comments, CDATA, processing instructions, declarations and quoted attribute values, and never stops at an error
     * (a broken document is the parser's to report), so nothing a lenient parser accepts can slip past it.
     */
    static void checkXml(String xml, Path file, int max) {
        int depth = 0;
        int i = xml.indexOf('<');
        while (i >= 0 && i + 1 < xml.length()) {
            char next = xml.charAt(i + 1);
            int end;
            if (xml.startsWith("<!--", i)) {
                end = after(xml, "-->", i + 4);
            } else if (xml.startsWith("<![CDATA[", i)) {
                end = after(xml, "]]>", i + 9);
            } else if (next == '?') {
                end = after(xml, "?>", i + 2);
            } else if (next == '!') {
                end = declarationEnd(xml, i + 2);
            } else if (next == '/') {
                end = tagEnd(xml, i + 2);
                depth = Math.max(0, depth - 1);
            } else {
                end = tagEnd(xml, i + 1);
                if (end <= xml.length() && xml.charAt(end - 2) != '/' && ++depth > max) {
                    throw tooDeep(file, max);
                }
            }
            if (end > xml.length()) {
                return;
            }
            i = xml.indexOf('<', end);
        }
    }

    /** Rejects a parsed page nested {@code max} or more elements deep. */
    static void checkTree(Element root, Path file, int max) {
        int[] deepest = {0};
        NodeTraversor.traverse((Node node, int depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        if (deepest[0] >= max) {
            throw tooDeep(file, max);
        }
    }

    private static RejectedInput tooDeep(Path file, int max) {
        return new RejectedInput(file, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                "elements nested more than %,d deep, over the %,d-level limit", max, max));
    }

    /** Index just past {@code end} at or after {@code from}; past the text when it is missing. */
    private static int after(String xml, String end, int from) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() + 1 : at + end.length();
    }

    /** Index just past the '>' closing a tag, skipping quoted attribute values. */
    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return xml.length() + 1;
    }

    /** Index just past a declaration such as DOCTYPE, whose internal subset in [...] may hold '>'. */
    private static int declarationEnd(String xml, int from) {
        int brackets = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets = Math.max(0, brackets - 1);
            } else if (c == '>' && brackets == 0) {
                return i + 1;
            }
        }
        return xml.length() + 1;
    }
}
