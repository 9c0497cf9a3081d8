package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.DocumentSummary;

/**
 * The corpus by outlet: each outlet with its number of documents and the dates they span, linking to the list of its
 * documents ({@code /outlets?outlet=NAME}; an empty name lists the documents that name no outlet).
 */
final class OutletsPage {
    /** One outlet; {@code name} null for documents without one; {@code first}/{@code last} ISO partial or null. */
    record Outlet(String name, int documents, String first, String last, int undated) {
    }

    private final WebServices services;
    private final Layout layout;

    OutletsPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    /** Outlets by number of documents, most first, then by name; documents without an outlet last. */
    static List<Outlet> outlets(List<DocumentSummary> documents) {
        Map<String, List<DocumentSummary>> by = new LinkedHashMap<>();
        documents.forEach(d -> by.computeIfAbsent(key(d.outlet()), k -> new ArrayList<>()).add(d));
        List<Outlet> out = new ArrayList<>();
        by.forEach((name, docs) -> {
            List<String> dates = docs.stream().map(DocumentSummary::published).filter(p -> p != null && !p.isBlank())
                    .sorted().toList();
            out.add(new Outlet(name.isEmpty() ? null : name, docs.size(), dates.isEmpty() ? null : dates.get(0),
                    dates.isEmpty() ? null : dates.get(dates.size() - 1), docs.size() - dates.size()));
        });
        out.sort(Comparator.comparing((Outlet o) -> o.name() == null).thenComparing(Outlet::documents, Comparator.reverseOrder())
                .thenComparing(o -> o.name() == null ? "" : o.name(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    String render(String outlet) {
        List<DocumentSummary> documents = services.graph().documents();
        return outlet == null ? renderAll(documents) : renderOne(documents, key(outlet));
    }

    private String renderAll(List<DocumentSummary> documents) {
        List<Outlet> outlets = outlets(documents);
        StringBuilder b = new StringBuilder("<h1>Outlets</h1><p class=\"muted\">").append(outlets.size())
                .append(outlets.size() == 1 ? " outlet, " : " outlets, ").append(documents.size())
                .append(" documents. Each outlet's documents are one click away; an actor's page compares what outlets say"
                        + " about it.</p><table class=\"list\" id=\"outlet-table\"><thead><tr><th>Outlet</th><th>Documents</th>"
                        + "<th>From</th><th>To</th><th>Undated</th></tr></thead><tbody>");
        for (Outlet o : outlets) {
            b.append("<tr><td><a href=\"/outlets?outlet=").append(esc(URLEncoder.encode(o.name() == null ? "" : o.name(),
                            StandardCharsets.UTF_8))).append("\">").append(o.name() == null ? "<em>no outlet named</em>" : esc(o.name()))
                    .append("</a></td><td>").append(o.documents()).append("</td><td>").append(esc(o.first()))
                    .append("</td><td>").append(esc(o.last())).append("</td><td>").append(o.undated() == 0 ? "" : o.undated())
                    .append("</td></tr>");
        }
        if (outlets.isEmpty()) {
            b.append("<tr><td colspan=\"5\" class=\"muted\">No documents yet.</td></tr>");
        }
        return layout.page("Outlets", b.append("</tbody></table>").toString());
    }

    private String renderOne(List<DocumentSummary> documents, String outlet) {
        List<DocumentSummary> own = documents.stream().filter(d -> key(d.outlet()).equals(outlet))
                .sorted(Comparator.comparing(DocumentSummary::published, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DocumentSummary::id))
                .toList();
        if (own.isEmpty()) {
            throw ApiException.notFound("no document names the outlet '" + outlet + "'");
        }
        String title = outlet.isEmpty() ? "Documents without an outlet" : outlet;
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1><p class=\"muted\">").append(own.size())
                .append(own.size() == 1 ? " document" : " documents").append(", latest first · <a href=\"/outlets\">all outlets</a></p>")
                .append("<table class=\"list\" id=\"outlet-documents\"><thead><tr><th>Title</th><th>Date</th><th>Link</th></tr>")
                .append("</thead><tbody>");
        for (DocumentSummary d : own) {
            b.append("<tr><td><a href=\"/documents/").append(d.id()).append("\">")
                    .append(esc(d.title() == null || d.title().isBlank() ? d.name() : d.title())).append("</a></td><td>")
                    .append(esc(d.published())).append("</td><td>").append(Html.link(d.url(), d.url() == null ? "" : "original"))
                    .append("</td></tr>");
        }
        return layout.page(title, b.append("</tbody></table>").toString());
    }

    /** An outlet's name as documents are grouped under it: blank and missing are one group, "". */
    private static String key(String outlet) {
        return outlet == null ? "" : outlet.strip();
    }
}
