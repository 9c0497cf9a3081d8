package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.MentionRow;

/** The document reader: the text with every sentence anchored and mentions linked, the claims beside it. */
final class DocumentPage {
    private final WebServices services;
    private final Layout layout;

    DocumentPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(long id) {
        DocumentText doc = services.graph().document(id).orElseThrow(() -> ApiException.notFound("no document with id " + id));
        DocumentSummary s = doc.summary();
        List<Fact> facts = services.graph().facts(null, id);
        List<Event> events = services.events().events(null, id);
        List<MentionRow> mentions = services.graph().mentions(id);
        String title = s.title() == null || s.title().isBlank() ? s.name() : s.title();

        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1><p class=\"muted\">")
                .append(esc(s.outlet() == null ? "unknown outlet" : s.outlet()));
        if (s.published() != null) {
            b.append(" · ").append(dated(s));
        }
        if (Html.safeUrl(s.url()) != null) {
            b.append(" · ").append(Html.link(s.url(), "original"));
        }
        b.append("</p><div class=\"reader\"><article class=\"text\">")
                .append(DocumentMarkup.markup(doc.text(), services.graph().sentences(id), mentions, cited(facts, events, id))).append("</article><aside>");
        b.append("<h2>Facts</h2>");
        if (facts.isEmpty()) {
            b.append("<p class=\"muted\">None extracted.</p>");
        } else {
            b.append("<ul class=\"facts\">");
            facts.forEach(f -> b.append(Fragments.fact(onlyFrom(f, id), null, false)));
            b.append("</ul>");
        }
        b.append("<h2>Events</h2>");
        if (events.isEmpty()) {
            b.append("<p class=\"muted\">None extracted.</p>");
        } else {
            b.append("<ul class=\"events\">");
            events.forEach(e -> b.append(Fragments.event(onlyFrom(e, id), null, false)));
            b.append("</ul>");
        }
        b.append("</aside></div>");
        return layout.page(title, b.toString());
    }

    /**
     * The document's date with how much of it is known and where it comes from: "2020 (year, inferred from the
     * text)", so an estimate is never read as a date the article carries.
     */
    static String dated(DocumentSummary s) {
        String precision = s.datePrecision() == null ? null : s.datePrecision().toLowerCase(java.util.Locale.ROOT);
        String source = s.dateSource() == null ? null : switch (s.dateSource()) {
            case "text" -> "inferred from the text";
            case "byline" -> "from the byline or dateline";
            case "user" -> "given at ingest";
            case "file" -> "from the file";
            default -> s.dateSource();
        };
        String note = precision == null ? source : source == null ? precision : precision + ", " + source;
        String cls = "text".equals(s.dateSource()) ? "date inferred" : "date";
        return "<span class=\"" + cls + "\" title=\"" + esc(note == null ? "" : note) + "\">" + esc(s.published())
                + (note == null ? "" : " <span class=\"date-note\">(" + esc(note) + ")</span>") + "</span>";
    }

    /** Shows only the evidence from this document; the rest is on the actors' dossiers. */
    private static Fact onlyFrom(Fact f, long doc) {
        return f.withEvidence(f.evidence().stream().filter(e -> e.documentId() == doc).toList());
    }

    private static Event onlyFrom(Event e, long doc) {
        return e.withEvidence(e.evidence().stream().filter(ev -> ev.documentId() == doc).toList());
    }

    /** The sentences claims cite in this document: marked in the text. */
    private static Set<Integer> cited(List<Fact> facts, List<Event> events, long doc) {
        Set<Integer> out = new HashSet<>();
        List<Evidence> all = new ArrayList<>();
        facts.forEach(f -> all.addAll(f.evidence()));
        events.forEach(e -> all.addAll(e.evidence()));
        all.stream().filter(e -> e.documentId() == doc).forEach(e -> out.add(e.sentenceIndex()));
        return out;
    }
}
