package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dramatis.graph.Views.MentionRow;
import org.dramatis.graph.Views.SentenceRow;

/**
 * The reader's text as HTML: every sentence wrapped in {@code <span id="sN">} (the anchor evidence links point at),
 * cited sentences marked, and each mention highlighted and, when resolved, linked to its actor.
 */
final class DocumentMarkup {
    private DocumentMarkup() {
    }

    /**
     * @param sentences the document's sentences in order; spans that overlap or leave the text are skipped
     * @param cited indexes of sentences some claim cites
     */
    static String markup(String text, List<SentenceRow> sentences, List<MentionRow> mentions, Set<Integer> cited) {
        List<MentionRow> sorted = mentions.stream()
                .filter(m -> m.begin() >= 0 && m.end() <= text.length() && m.begin() < m.end())
                .sorted(Comparator.comparingInt(MentionRow::begin)).toList();
        StringBuilder out = new StringBuilder(text.length() * 2);
        int cursor = 0;
        for (SentenceRow s : sentences) {
            if (s.begin() < cursor || s.end() > text.length() || s.begin() >= s.end()) {
                continue;
            }
            appendRange(out, text, cursor, s.begin(), sorted);
            out.append("<span class=\"sentence").append(cited.contains(s.index()) ? " cited" : "").append("\" id=\"s")
                    .append(s.index()).append("\">");
            appendRange(out, text, s.begin(), s.end(), sorted);
            out.append("</span>");
            cursor = s.end();
        }
        appendRange(out, text, cursor, text.length(), sorted);
        return out.toString();
    }

    /** Escaped text of {@code [from, to)} with the mentions lying wholly inside it marked up. */
    private static void appendRange(StringBuilder out, String text, int from, int to, List<MentionRow> mentions) {
        int cursor = from;
        for (MentionRow m : mentions) {
            if (m.begin() < cursor || m.end() > to) {
                continue;
            }
            out.append(esc(text.substring(cursor, m.begin())));
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
