package org.dramatis.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text and metadata of a web page. Boilerplate goes in three passes: elements that are never article
 * text (nav, footer, scripts), elements whose class or id names a site fixture (menu, share, cookie), and
 * link lists; then the container holding most paragraph text is kept, as Readability-style extractors do.
 */
final class HtmlReader {

    // title: in the body it is stray metadata, and an unclosed one swallows the rest of the page as literal markup
    private static final String NEVER_TEXT = "script, style, noscript, template, title, nav, footer, aside, form, button, "
            + "iframe, svg, canvas, menu, select, input, textarea, object, embed, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[aria-hidden=true], [hidden]";

    private static final Set<String> FIXTURE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "share", "sharing", "social", "related",
            "comment", "comments", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "subscribe",
            "newsletter", "promo", "advert", "advertisement", "ad", "ads", "banner", "popup", "modal", "masthead",
            "topbar", "toolbar", "pagination", "pager", "widget", "sponsored", "outbrain", "taboola", "skip");

    private static final String ARTICLE_ROOTS = "[itemprop=articleBody], article, main, [role=main]";

    private HtmlReader() {
    }

    /** @param maxDepth deepest element nesting accepted; deeper pages make the boilerplate passes quadratic */
    static Extracted read(byte[] bytes, Path file, String name, int maxDepth) {
        Document doc;
        try {
            // null charset: jsoup honours a BOM or <meta charset>, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Nesting.checkTree(doc, file, maxDepth);
        HtmlMetadata meta = HtmlMetadata.of(doc);
        Element body = doc.body();
        if (body == null) {
            return new Extracted(name, meta.title(), meta.outlet(), meta.url(), meta.published(), "");
        }
        dropBoilerplate(body);
        return new Extracted(name, meta.title(), meta.outlet(), meta.url(), meta.published(),
                BlockText.of(mainContainer(body)));
    }

    private static void dropBoilerplate(Element body) {
        body.select(NEVER_TEXT).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) {
                header.remove(); // site masthead; a header inside the article holds its headline
            }
        }
        int total = paragraphChars(body);
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            if ((namesFixture(e) || isLinkList(e)) && !holdsMostText(e, total)) {
                e.remove();
            }
        }
    }

    private static boolean namesFixture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z0-9]+")) {
            if (FIXTURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Menus and "read more" lists built without nav: mostly link text. */
    private static boolean isLinkList(Element e) {
        String tag = e.normalName();
        if (!Set.of("ul", "ol", "div", "section", "p", "table", "dl").contains(tag)) {
            return false;
        }
        int all = e.text().length();
        if (all == 0) {
            return false;
        }
        int linked = e.select("a").text().length();
        return linked > 0.6 * all;
    }

    private static boolean holdsMostText(Element e, int totalParagraphChars) {
        if (e.is(ARTICLE_ROOTS)) {
            return true;
        }
        return totalParagraphChars > 0 && paragraphChars(e) * 2 > totalParagraphChars;
    }

    /** The article root if the page marks one, else the element whose paragraphs carry most text. */
    private static Element mainContainer(Element body) {
        Element best = null;
        int bestChars = 0;
        for (Element candidate : body.select(ARTICLE_ROOTS)) {
            int chars = candidate.text().length();
            if (chars > bestChars) {
                best = candidate;
                bestChars = chars;
            }
        }
        if (best != null && bestChars * 4 >= body.text().length()) {
            return best;
        }
        Map<Element, Integer> scores = new LinkedHashMap<>(); // document order breaks ties the same way every run
        for (Element p : body.select("p, pre, blockquote")) {
            int len = p.text().length();
            Element parent = p.parent();
            if (parent == null || len == 0) {
                continue;
            }
            scores.merge(parent, len, Integer::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, len / 2, Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }
}
