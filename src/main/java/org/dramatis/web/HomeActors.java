package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The home page's actor results as HTML: count, table with sortable headers, pager. Every link carries the whole
 * query, so sorting and paging work without JavaScript; app.js swaps in this block while the filter is typed.
 */
final class HomeActors {
    private HomeActors() {
    }

    static String results(ActorTable.Page page, boolean withSearch) {
        ActorTable.Query q = page.query();
        StringBuilder b = new StringBuilder("<div id=\"actor-results\"><p class=\"muted\" id=\"actor-count\">");
        if (q.filter().isEmpty()) {
            b.append(page.total()).append(page.total() == 1 ? " actor" : " actors");
        } else {
            b.append(page.total()).append(page.total() == 1 ? " actor has" : " actors have").append(" a spelling with \u201c")
                    .append(esc(q.filter())).append("\u201d");
            if (withSearch) {
                b.append(" · <a href=\"/search?q=").append(enc(q.filter())).append("\">search the articles too</a>");
            }
        }
        b.append("</p><table class=\"list\" id=\"actor-table\"><thead><tr>");
        for (ActorTable.Column c : ActorTable.Column.values()) {
            b.append(header(q, c));
        }
        b.append("</tr></thead><tbody>");
        for (ActorTable.Row r : page.rows()) {
            b.append("<tr><td>").append(Fragments.actorLink(r.actor().id(), r.actor().name(), r.actor().type()));
            if (r.matched() != null) {
                b.append(" <span class=\"muted matched\">as \u201c").append(esc(r.matched())).append("\u201d</span>");
            }
            b.append("</td><td>").append(esc(r.actor().type().label())).append("</td><td>").append(r.actor().mentions())
                    .append("</td><td>").append(r.actor().documents()).append("</td></tr>");
        }
        if (page.rows().isEmpty()) {
            b.append("<tr><td colspan=\"4\" class=\"muted\">No actor matches.</td></tr>");
        }
        b.append("</tbody></table>");
        if (page.pages() > 1) {
            b.append("<nav class=\"pager\" aria-label=\"Actor pages\">");
            if (q.page() > 1) {
                b.append("<a rel=\"prev\" href=\"").append(href(q.filter(), q.sort(), q.descending(), q.page() - 1))
                        .append("\">\u2039 previous</a> ");
            }
            b.append("<span>page ").append(q.page()).append(" of ").append(page.pages()).append("</span>");
            if (q.page() < page.pages()) {
                b.append(" <a rel=\"next\" href=\"").append(href(q.filter(), q.sort(), q.descending(), q.page() + 1))
                        .append("\">next \u203a</a>");
            }
            b.append("</nav>");
        }
        return b.append("</div>").toString();
    }

    /** A header linking to the table sorted by its column: its first direction, or the other one when already sorted so. */
    private static String header(ActorTable.Query q, ActorTable.Column c) {
        String label = c.param().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.param().substring(1);
        boolean current = q.sort() == c;
        boolean descending = current ? !q.descending() : c.descendingFirst;
        StringBuilder b = new StringBuilder("<th");
        if (current) {
            b.append(" aria-sort=\"").append(q.descending() ? "descending" : "ascending").append('"');
        }
        b.append("><a class=\"sort\" data-sort=\"").append(c.param()).append("\" href=\"")
                .append(href(q.filter(), c, descending, 1)).append("\">").append(label);
        if (current) {
            b.append(q.descending() ? " \u25bc" : " \u25b2");
        }
        return b.append("</a></th>").toString();
    }

    static String href(String filter, ActorTable.Column sort, boolean descending, int page) {
        StringBuilder b = new StringBuilder("/?");
        if (!filter.isEmpty()) {
            b.append("filter=").append(enc(filter)).append("&amp;");
        }
        b.append("sort=").append(sort.param()).append("&amp;dir=").append(descending ? "desc" : "asc");
        if (page > 1) {
            b.append("&amp;page=").append(page);
        }
        return b.toString();
    }

    private static String enc(String s) {
        return esc(URLEncoder.encode(s, StandardCharsets.UTF_8));
    }
}
