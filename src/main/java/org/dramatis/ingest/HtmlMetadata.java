package org.dramatis.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Headline, outlet, canonical URL and publication date of a web page, from Open Graph and other meta tags,
 * then schema.org JSON-LD (which many news sites fill when their meta tags are sparse), then the markup.
 */
record HtmlMetadata(String title, String outlet, String url, LocalDate published) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static HtmlMetadata of(Document doc) {
        JsonNode ld = articleLd(doc);
        String outlet = firstNonBlank(
                name(doc, "meta[property=og:site_name]", "meta[name=og:site_name]", "meta[name=publisher]",
                        "meta[name=author-org]", "meta[name=application-name]"),
                ld.path("publisher").path("name").asText(null));
        String title = firstNonBlank(meta(doc, "meta[property=og:title]", "meta[name=twitter:title]"),
                ld.path("headline").asText(null), doc.title(), doc.select("h1").text());
        String url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"),
                meta(doc, "meta[property=og:url]", "meta[name=og:url]"), ld.path("url").asText(null));
        return new HtmlMetadata(withoutOutletSuffix(title, outlet), outlet, url,
                published(doc, ld.path("datePublished").asText(null)));
    }

    private static LocalDate published(Document doc, String fromLd) {
        List<String> candidates = new ArrayList<>();
        for (String q : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.date]")) {
            candidates.add(doc.select(q).attr("content"));
        }
        candidates.add(fromLd);
        candidates.add(doc.select("[itemprop=datePublished][datetime]").attr("datetime"));
        candidates.add(doc.select("time[datetime]").attr("datetime"));
        for (String c : candidates) {
            LocalDate d = PublishedDates.parse(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** "Budget vote delayed | The Daily Ledger" becomes "Budget vote delayed" when the outlet is known. */
    private static String withoutOutletSuffix(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            if (title.endsWith(sep + outlet)) {
                return title.substring(0, title.length() - sep.length() - outlet.length()).strip();
            }
        }
        return title;
    }

    /** The first JSON-LD object that looks like an article (has a headline or a publication date). */
    private static JsonNode articleLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common; the meta tags still count
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("headline") || node.has("datePublished")) {
            return node;
        }
        return node.has("@graph") ? findArticle(node.get("@graph")) : null;
    }

    private static String meta(Document doc, String... queries) {
        for (String q : queries) {
            String v = doc.select(q).attr("content");
            if (!v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Like {@link #meta} but skips URLs: some publisher and site_name tags hold a profile link, not a name. */
    private static String name(Document doc, String... queries) {
        for (String q : queries) {
            String v = doc.select(q).attr("content");
            if (!v.isBlank() && !v.startsWith("http")) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
