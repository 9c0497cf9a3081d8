package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.resolve.Decision;
import org.dramatis.resolve.Decision.MentionRef;

/**
 * The SQL of the analyst's decisions: rows of {@code decision}, and for a decision about chosen actors the mentions
 * each actor held when it was made ({@code decision_anchor}), by which a re-resolution finds the actors again.
 */
final class DecisionRows {
    private DecisionRows() {
    }

    static List<Long> insert(Connection c, List<DecisionRepository.NewDecision> decisions, String author)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("insert into decision(kind, left_name, right_name, value, created_at,"
                + " left_actor, right_actor, author) values (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            for (DecisionRepository.NewDecision d : decisions) {
                ps.setString(1, d.kind().name());
                ps.setString(2, d.left());
                ps.setString(3, d.right());
                ps.setString(4, d.value());
                ps.setString(5, Instant.now().toString());
                Decision.Anchors a = d.anchors();
                setLong(ps, 6, a == null ? null : a.leftActor());
                setLong(ps, 7, a == null ? null : a.rightActor());
                ps.setString(8, author);
                ps.executeUpdate();
                long id;
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                ids.add(id);
                if (a != null) {
                    insertAnchors(c, id, "L", a.leftMentions());
                    insertAnchors(c, id, "R", a.rightMentions());
                }
            }
        }
        return ids;
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void insertAnchors(Connection c, long decision, String side, List<MentionRef> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into decision_anchor(decision_id, side, document_id, idx) values (?,?,?,?)")) {
            for (MentionRef m : mentions) {
                ps.setLong(1, decision);
                ps.setString(2, side);
                ps.setLong(3, m.documentId());
                ps.setInt(4, m.index());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Decisions in the order {@code tail} gives; with {@code withMentions} a decision about chosen actors carries the
     * mentions that find them (what replay needs), otherwise only the actors' ids (what the history shows).
     */
    static List<DecisionRepository.DecisionRow> read(Connection c, String tail, boolean withMentions) throws SQLException {
        Map<Long, Map<String, List<MentionRef>>> anchors = withMentions ? anchors(c) : Map.of();
        List<DecisionRepository.DecisionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, kind, left_name, right_name, value, created_at, undone,"
                + " left_actor, right_actor, author from decision " + tail);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long leftActor = rs.getLong(8);
                Decision.Anchors a = null;
                if (!rs.wasNull()) {
                    long right = rs.getLong(9);
                    Long rightActor = rs.wasNull() ? null : right;
                    Map<String, List<MentionRef>> sides = anchors.getOrDefault(id, Map.of());
                    a = new Decision.Anchors(leftActor, sides.getOrDefault("L", List.of()), rightActor,
                            sides.getOrDefault("R", List.of()));
                }
                out.add(new DecisionRepository.DecisionRow(new Decision(id, Decision.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), a), rs.getString(6), rs.getInt(7) == 1, rs.getString(10)));
            }
        }
        return out;
    }

    /** The anchoring mentions of every decision in force, by decision and side. */
    private static Map<Long, Map<String, List<MentionRef>>> anchors(Connection c) throws SQLException {
        Map<Long, Map<String, List<MentionRef>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select a.decision_id, a.side, a.document_id, a.idx"
                + " from decision_anchor a join decision d on d.id = a.decision_id where d.undone = 0"
                + " order by a.decision_id, a.side, a.document_id, a.idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(new MentionRef(rs.getLong(3), rs.getInt(4)));
            }
        }
        return out;
    }

    /** The stored entity holding each mention a decision in force finds its actor by. */
    static Map<MentionRef, Long> anchorHolders(Connection c) throws SQLException {
        Map<MentionRef, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct a.document_id, a.idx, m.entity_id"
                + " from decision_anchor a join decision d on d.id = a.decision_id and d.undone = 0"
                + " join mention m on m.document_id = a.document_id and m.idx = a.idx where m.entity_id is not null");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(new MentionRef(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
            }
        }
        return out;
    }

    /** Every mention an entity holds, in document order. */
    static List<MentionRef> mentionsOf(Connection c, long entityId) throws SQLException {
        List<MentionRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select document_id, idx from mention where entity_id = ? order by document_id, idx")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MentionRef(rs.getLong(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    /** Every mention an entity holds, by its spelling (the mention's text), in document order. */
    static Map<String, List<MentionRef>> mentionsBySpelling(Connection c, long entityId) throws SQLException {
        Map<String, List<MentionRef>> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select document_id, idx, text from mention where entity_id = ? order by document_id, idx")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(3).strip(), k -> new ArrayList<>())
                            .add(new MentionRef(rs.getLong(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    /**
     * The live entity holding most of one side's anchoring mentions of a decision now, or -1: where the actor the
     * analyst chose is after a re-resolution.
     */
    static long holder(Connection c, long decisionId, String side) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select m.entity_id, count(*) n from decision_anchor a"
                + " join mention m on m.document_id = a.document_id and m.idx = a.idx"
                + " where a.decision_id = ? and a.side = ? and m.entity_id is not null"
                + " group by m.entity_id order by n desc, m.entity_id limit 1")) {
            ps.setLong(1, decisionId);
            ps.setString(2, side);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
