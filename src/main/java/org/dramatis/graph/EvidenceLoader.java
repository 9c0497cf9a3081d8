package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.model.Modality;

/**
 * Reads the sentence and document behind claims picked by id. Grouping claims into facts and events needs only their
 * keys; the sentences, which are most of the bytes, are read for the claims a page shows.
 */
final class EvidenceLoader {
    /** Ids per statement, well under SQLite's limits on expression size. */
    private static final int CHUNK = 500;

    private EvidenceLoader() {
    }

    /** Evidence of fact claims by claim id. */
    static Map<Long, Evidence> facts(Connection c, Collection<Long> claimIds) throws SQLException {
        return load(c, "fact_claim", "x.attribution", claimIds);
    }

    /** Evidence of event claims by claim id. */
    static Map<Long, Evidence> events(Connection c, Collection<Long> claimIds) throws SQLException {
        return load(c, "event_claim", "null", claimIds);
    }

    private static Map<Long, Evidence> load(Connection c, String table, String attribution, Collection<Long> ids)
            throws SQLException {
        Map<Long, Evidence> out = new HashMap<>();
        Long[] all = ids.toArray(Long[]::new);
        for (int from = 0; from < all.length; from += CHUNK) {
            // Ids are longs, so listing them inline is safe.
            String in = java.util.Arrays.stream(all, from, Math.min(all.length, from + CHUNK)).map(String::valueOf)
                    .collect(Collectors.joining(","));
            String sql = "select x.id, d.id, d.name, d.title, d.outlet, d.url, d.published, x.sentence_idx, s.text,"
                    + " s.begin_offset, s.end_offset, x.modality, " + attribution + ", x.confidence from " + table + " x"
                    + " join sentence s on s.document_id = x.document_id and s.idx = x.sentence_idx"
                    + " join document d on d.id = x.document_id where x.id in (" + in + ")";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double p = rs.getDouble(14);
                    Double confidence = rs.wasNull() ? null : p;
                    out.put(rs.getLong(1), new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10),
                            rs.getInt(11), Modality.valueOf(rs.getString(12)), rs.getString(13), confidence));
                }
            }
        }
        return out;
    }
}
