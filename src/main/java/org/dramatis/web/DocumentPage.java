package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.MentionRow;

/** The document reader: the text with actor mentions linked and cited sentences anchored, claims beside it. */
final class DocumentPage {
    private final WebServices services;

    DocumentPage(WebServices services) {
        this.services = services;
    }

    /** A character range of the text: a cited sentence. */
    private record Span(int index, int begin, int end) {
    }

    String render(long id, String csrf) {
        DocumentText doc = services.graph().document(id).orElseThrow(() -> ApiException.notFound("no document with id " + id));
        DocumentSummary s = doc.summary();
        List<Fact> facts = services.graph().facts(null, id);
        List<Event> events = services.events().events(null, id);
        List<MentionRow> mentions = services.graph().mentions(id);
        String title = s.title() == null || s.title().isBlank() ? s.name() : s.title();

        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1><p class=\"muted\">")
                .append(esc(s.outlet() == null ? "unknown outlet" : s.outlet()));
        if (s.published() != null) {
            b.append(" · ").append(esc(s.published()));
        }
        if (Html.safeUrl(s.url()) != null) {
            b.append(" · ").append(Html.link(s.url(), "original"));
        }
        b.append("</p><div class=\"reader\"><article class=\"text\">")
                .append(markup(doc.text(), mentions, sentences(facts, events, id))).append("</article><aside>");
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
        return Html.page(title, csrf, b.toString());
    }

    /** Shows only the evidence from this document; the rest is on the actors' dossiers. */
    private static Fact onlyFrom(Fact f, long doc) {
        return new Fact(f.key(), f.kind(), f.subjectId(), f.subjectName(), f.objectId(), f.objectName(), f.role(), f.value(),
                f.start(), f.end(), f.modality(), f.evidence().stream().filter(e -> e.documentId() == doc).toList());
    }

    private static Event onlyFrom(Event e, long doc) {
        return new Event(e.key(), e.type(), e.mode(), e.date(), e.place(), e.summary(), e.participants(),
                e.evidence().stream().filter(ev -> ev.documentId() == doc).toList());
    }

    /** The sentences claims cite, which are the anchors evidence links point at. */
    private static List<Span> sentences(List<Fact> facts, List<Event> events, long doc) {
        TreeMap<Integer, Span> byIndex = new TreeMap<>();
        List<Evidence> all = new ArrayList<>();
        facts.forEach(f -> all.addAll(f.evidence()));
        events.forEach(e -> all.addAll(e.evidence()));
        for (Evidence e : all) {
            if (e.documentId() == doc) {
                byIndex.putIfAbsent(e.sentenceIndex(), new Span(e.sentenceIndex(), e.begin(), e.end()));
            }
        }
        return List.copyOf(byIndex.values());
    }

    /**
     * Escaped text with each cited sentence wrapped in {@code <span id="sN">} and each resolved mention linked to its
     * actor. Sentences with mentions but no claims get an empty anchor at their first mention, so every sentence a
     * mention sits in can be linked to.
     */
    static String markup(String text, List<MentionRow> mentions, List<Span> cited) {
        List<MentionRow> sorted = mentions.stream()
                .filter(m -> m.begin() >= 0 && m.end() <= text.length() && m.begin() < m.end())
                .sorted(Comparator.comparingInt(MentionRow::begin)).toList();
        List<Span> spans = new ArrayList<>();
        int last = 0;
        for (Span sp : cited.stream().sorted(Comparator.comparingInt(Span::begin)).toList()) {
            if (sp.begin() >= last && sp.end() <= text.length() && sp.begin() < sp.end()) {
                spans.add(sp);
                last = sp.end();
            }
        }
        Set<Integer> anchored = new HashSet<>();
        spans.forEach(sp -> anchored.add(sp.index()));
        StringBuilder out = new StringBuilder(text.length() * 2);
        int cursor = 0;
        for (Span sp : spans) {
            appendRange(out, text, cursor, sp.begin(), sorted, anchored);
            out.append("<span class=\"sentence\" id=\"s").append(sp.index()).append("\">");
            appendRange(out, text, sp.begin(), sp.end(), sorted, anchored);
            out.append("</span>");
            cursor = sp.end();
        }
        appendRange(out, text, cursor, text.length(), sorted, anchored);
        return out.toString();
    }

    private static void appendRange(StringBuilder out, String text, int from, int to, List<MentionRow> mentions,
                                    Set<Integer> anchored) {
        int cursor = from;
        for (MentionRow m : mentions) {
            if (m.begin() < cursor || m.end() > to) {
                continue;
            }
            out.append(esc(text.substring(cursor, m.begin())));
            if (anchored.add(m.sentence())) {
                out.append("<a class=\"anchor\" id=\"s").append(m.sentence()).append("\"></a>");
            }
            String type = m.type() == null ? "" : " type-" + m.type().name();
            String mentionText = esc(text.substring(m.begin(), m.end()));
            if (m.entityId() != null) {
                out.append("<a class=\"mention").append(type).append("\" href=\"/actors/").append(m.entityId())
                        .append("\" title=\"").append(esc(m.entityName())).append("\">").append(mentionText).append("</a>");
            } else {
                out.append("<mark class=\"mention").append(type).append("\">").append(mentionText).append("</mark>");
            }
            cursor = m.end();
        }
        out.append(esc(text.substring(cursor, Math.max(cursor, to))));
    }
}
