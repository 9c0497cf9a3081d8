package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import io.javalin.http.Context;
import org.dramatis.model.ActorType;
import org.dramatis.search.SearchResults;
import org.dramatis.search.SearchResults.ActorHit;
import org.dramatis.search.SearchResults.DocumentHit;
import org.dramatis.search.SearchResults.Part;
import org.dramatis.search.SearchService;

/** The search page: actors found by any spelling, documents with a highlighted snippet; also reads the query. */
final class SearchPage {
    static final int API_LIMIT = 20;
    static final int PAGE_LIMIT = 50;
    /** Longest query accepted; a search box needs far less, and Lucene's cost grows with the number of clauses. */
    static final int MAX_QUERY_CHARS = 500;

    private final WebServices services;
    private final Layout layout;

    SearchPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    /**
     * Runs {@code ?q=} with {@code ?limit=} (1..1000, default {@code fallbackLimit}). A missing or blank query gives
     * empty results; a query the index cannot parse is read as words, so only a too-long query is refused.
     */
    static SearchResults search(WebServices services, Context ctx, int fallbackLimit) {
        SearchService search = services.search();
        if (search == null) {
            throw ApiException.notFound("search is not enabled in this workbench");
        }
        int limit = Params.intInRange(ctx, "limit", fallbackLimit, 1, 1000);
        String q = query(ctx);
        return q.isEmpty() ? SearchResults.empty() : search.search(q, limit);
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return "";
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("query parameter 'q' must be at most " + MAX_QUERY_CHARS + " characters, got "
                    + q.length());
        }
        return q.strip();
    }

    String render(Context ctx) {
        SearchResults results = search(services, ctx, PAGE_LIMIT);
        String q = query(ctx);
        StringBuilder b = new StringBuilder("<h1>Search</h1>")
                .append("<form class=\"search-form\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" id=\"search-q\" name=\"q\" value=\"").append(esc(q))
                .append("\" placeholder=\"A name in any spelling, or words from the articles\" aria-label=\"Search\">")
                .append("<button type=\"submit\">Search</button></form>")
                .append("<p class=\"muted\">All words must occur; \"quoted words\" form a phrase; -word excludes a word;")
                .append(" word* matches a prefix. Names match across transliterated spellings.</p>");
        if (q.isEmpty()) {
            return layout.page("Search", b.toString());
        }
        if (results.actors().isEmpty() && results.documents().isEmpty()) {
            b.append("<p id=\"no-results\">Nothing matches <q>").append(esc(q)).append("</q>.</p>");
            return layout.page("Search: " + q, b.toString());
        }
        b.append("<div class=\"columns search-results\"><section id=\"actor-hits\"><h2>Actors <span class=\"muted\">")
                .append(results.actors().size()).append("</span></h2>");
        if (results.actors().isEmpty()) {
            b.append("<p class=\"muted\">No actor has a matching name.</p>");
        } else {
            b.append("<ul class=\"hits\">");
            results.actors().forEach(a -> b.append(actor(a)));
            b.append("</ul>");
        }
        b.append("</section><section id=\"document-hits\"><h2>Documents <span class=\"muted\">")
                .append(results.documents().size()).append("</span></h2>");
        if (results.documents().isEmpty()) {
            b.append("<p class=\"muted\">No document contains these words.</p>");
        } else {
            b.append("<ul class=\"hits\">");
            results.documents().forEach(d -> b.append(document(d)));
            b.append("</ul>");
        }
        b.append("</section></div>");
        return layout.page("Search: " + q, b.toString());
    }

    private static String actor(ActorHit a) {
        ActorType type = type(a.type());
        StringBuilder b = new StringBuilder("<li class=\"actor-hit\">")
                .append(Fragments.actorLink(a.id(), a.name(), type));
        if (type != null) {
            b.append(" <span class=\"badge type-").append(type.name()).append("\">").append(esc(type.label()))
                    .append("</span>");
        }
        if (a.matched() != null) {
            b.append(" <span class=\"matched muted\" data-matched-by=\"").append(a.matchedBy().name()).append("\">matched <q>")
                    .append(esc(a.matched())).append("</q>: ").append(how(a.matchedBy())).append("</span>");
        }
        return b.append("</li>").toString();
    }

    /** How a spelling matched, in plain words. */
    static String how(SearchResults.MatchKind kind) {
        return switch (kind) {
            case EXACT -> "the same spelling";
            case WORDS -> "holds every word";
            case TRANSLITERATION -> "another transliteration of the name";
            case PREFIX -> "starts with what you typed";
            case SIMILAR -> "a similar spelling, a few letters apart";
        };
    }

    private static String document(DocumentHit d) {
        String title = d.title() == null || d.title().isBlank() ? "Document " + d.id() : d.title();
        StringBuilder b = new StringBuilder("<li class=\"document-hit\"><a href=\"/documents/").append(d.id())
                .append("\">").append(esc(title)).append("</a>");
        String source = join(d.outlet(), d.published());
        if (!source.isEmpty()) {
            b.append(" <span class=\"source\">").append(esc(source)).append("</span>");
        }
        b.append("<p class=\"snippet\">");
        for (Part p : d.snippet()) {
            b.append(p.hit() ? "<mark>" + esc(p.text()) + "</mark>" : esc(p.text()));
        }
        return b.append("</p></li>").toString();
    }

    private static String join(String outlet, String published) {
        boolean hasOutlet = outlet != null && !outlet.isBlank();
        boolean hasDate = published != null && !published.isBlank();
        return (hasOutlet ? outlet : "") + (hasOutlet && hasDate ? " · " : "") + (hasDate ? published : "");
    }

    /** The index stores the type's name; an unknown one (from a newer index) shows no badge rather than failing. */
    private static ActorType type(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return ActorType.parse(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
