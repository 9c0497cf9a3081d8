package org.dramatis.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dramatis.graph.Database;

/**
 * A store's graph as sorted lines of text, keyed by document content hash rather than by id, so two stores built
 * by different runs compare line by line: documents, mentions, facts, events with their participants, and the actors
 * as the sets of mentions each one groups (its entity clusters).
 */
record GraphDigest(List<String> documents, List<String> mentions, List<String> facts, List<String> events,
                   List<String> participants, List<String> actors) {

    static GraphDigest of(Database db) {
        return db.read(c -> new GraphDigest(
                lines(c, "select sha256, name, path, title, outlet, url, published, date_precision, date_source,"
                        + " language, token_count from document"),
                lines(c, "select d.sha256, m.idx, m.sentence_idx, m.begin_offset, m.end_offset, m.text, m.type, m.source,"
                        + " m.cluster from mention m join document d on d.id = m.document_id"),
                lines(c, "select d.sha256, f.kind, f.subject_idx, f.object_idx, f.role, f.value, f.start_date, f.end_date,"
                        + " f.modality, f.sentence_idx, f.attribution from fact_claim f join document d on d.id = f.document_id"),
                lines(c, "select d.sha256, e.type, e.mode, e.date, e.place, e.summary, e.modality, e.sentence_idx,"
                        + " e.trigger_word from event_claim e join document d on d.id = e.document_id"),
                lines(c, "select d.sha256, e.sentence_idx, e.type, e.trigger_word, p.mention_idx, p.role"
                        + " from event_participant p join event_claim e on e.id = p.event_claim_id"
                        + " join document d on d.id = e.document_id"),
                actors(c)));
    }

    /** Each actor as its name, type and the sorted mentions (document hash and mention index) it groups. */
    private static List<String> actors(Connection c) throws SQLException {
        Map<Long, TreeSet<String>> members = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("select e.id, e.name, e.type, d.sha256, m.idx from mention m"
                + " join document d on d.id = m.document_id join entity e on e.id = m.entity_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2) + " | " + rs.getString(3));
                members.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(4) + "#" + rs.getInt(5));
            }
        }
        List<String> out = new ArrayList<>();
        members.forEach((id, m) -> out.add(names.get(id) + " | " + m));
        out.sort(null);
        return out;
    }

    private static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    line.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                out.add(line.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
