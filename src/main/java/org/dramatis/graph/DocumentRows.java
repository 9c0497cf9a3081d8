package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;

/** The SQL that reads stored documents as {@link DocumentSummary} rows, for {@link GraphQueries}. */
final class DocumentRows {
    private static final String COLUMNS = "d.id, d.name, d.title, d.outlet, d.url, d.published, d.date_precision,"
            + " d.date_source, d.language, d.token_count";

    private DocumentRows() {
    }

    /** One page of the stored documents in the order they were ingested. */
    static List<DocumentSummary> page(Connection c, int offset, int limit) throws SQLException {
        List<DocumentSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from document d order by d.id limit ? offset ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
        }
        return out;
    }

    static Optional<DocumentText> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + ", d.text from document d where d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DocumentText(summary(rs), rs.getString(11))) : Optional.empty();
            }
        }
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10));
    }
}
