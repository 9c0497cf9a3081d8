package org.dramatis.ingest;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a DOM subtree as text with one paragraph per block element, separated by blank lines, so the
 * sentence splitter never glues a headline to the first sentence. Used for HTML pages, feed items and
 * Tika's XHTML output alike.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
            "tfoot", "ul");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(sb, t);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (tag.equals("tr")) {
                        sb.append('\n');
                    } else if (tag.equals("td") || tag.equals("th")) {
                        appendSpace(sb);
                    } else if (BLOCKS.contains(tag)) {
                        paragraphBreak(sb);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(sb);
                }
            }
        }, root);
        return TextNormalizer.normalize(sb.toString());
    }

    private static void appendText(StringBuilder sb, TextNode t) {
        String whole = t.getWholeText();
        if (insidePre(t)) {
            sb.append(whole);
            return;
        }
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (Character.isWhitespace(c)) {
                appendSpace(sb);
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean insidePre(TextNode t) {
        for (Node p = t.parentNode(); p instanceof Element e; p = p.parentNode()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void appendSpace(StringBuilder sb) {
        if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.append(' ');
        }
    }

    private static void paragraphBreak(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
    }
}
