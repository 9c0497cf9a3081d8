package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts and events an analyst rejected, for the decisions page: the claims behind one fact (same kind, actors,
 * role) or one event (same type, date and place) are listed together, so one Undo restores what one Reject removed.
 */
final class RejectedClaims {
    private RejectedClaims() {
    }

    static List<Views.Rejected> list(Connection c, int limit) throws SQLException {
        Map<String, Views.Rejected> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select x.id, x.kind, x.role, x.value, se.id, coalesce(se.name,"
                + " sm.text), oe.id, coalesce(oe.name, om.text), s.text, x.document_id, x.sentence_idx,"
                + " coalesce(d.title, d.name), x.verdict_by from fact_claim x"
                + " left join mention sm on sm.document_id = x.document_id and sm.idx = x.subject_idx"
                + " left join entity se on se.id = sm.entity_id"
                + " left join mention om on om.document_id = x.document_id and om.idx = x.object_idx"
                + " left join entity oe on oe.id = om.entity_id"
                + " join sentence s on s.document_id = x.document_id and s.idx = x.sentence_idx"
                + " join document d on d.id = x.document_id where x.verdict = 'REJECTED' order by x.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String role = rs.getString(3);
                String object = rs.getString(8) != null ? rs.getString(8) : rs.getString(4);
                String what = rs.getString(6) + " — " + rs.getString(2).toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (role == null || role.isBlank() ? "" : " (" + role + ")") + (object == null ? "" : " — " + object);
                String key = "f|" + rs.getString(2) + "|" + rs.getLong(5) + "|" + rs.getString(7) + "|" + role + "|" + object;
                add(groups, key, "fact_claim", what, rs, 9);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select x.id, x.type, x.date, x.place, s.text, x.document_id,"
                + " x.sentence_idx, coalesce(d.title, d.name), x.verdict_by from event_claim x"
                + " join sentence s on s.document_id = x.document_id and s.idx = x.sentence_idx"
                + " join document d on d.id = x.document_id where x.verdict = 'REJECTED' order by x.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String what = rs.getString(2).toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (rs.getString(3) == null ? "" : ", " + rs.getString(3))
                        + (rs.getString(4) == null ? "" : ", in " + rs.getString(4));
                add(groups, "e|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4), "event_claim", what, rs, 5);
            }
        }
        return groups.values().stream().limit(limit)
                .map(g -> new Views.Rejected(g.table(), g.what(), g.sentence(), g.documentId(), g.sentenceIndex(),
                        g.documentTitle(), List.copyOf(g.claimIds()), g.rejectedBy()))
                .toList();
    }

    /** Adds the claim in the current row to its group (whose id list grows until {@link #list} copies it); {@code sentenceColumn} starts sentence, document, index, title, who rejected it. */
    private static void add(Map<String, Views.Rejected> groups, String key, String table, String what, ResultSet rs,
                            int sentenceColumn) throws SQLException {
        long claim = rs.getLong(1);
        Views.Rejected g = groups.get(key);
        if (g == null) {
            List<Long> ids = new ArrayList<>();
            ids.add(claim);
            groups.put(key, new Views.Rejected(table, what, rs.getString(sentenceColumn), rs.getLong(sentenceColumn + 1),
                    rs.getInt(sentenceColumn + 2), rs.getString(sentenceColumn + 3), ids, rs.getString(sentenceColumn + 4)));
        } else {
            g.claimIds().add(claim);
        }
    }
}
