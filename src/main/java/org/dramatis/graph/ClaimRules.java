package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which extraction rule found each stored claim: written with the claims, read by {@code eval --rules}. */
public final class ClaimRules {
    /** The rule of each fact claim (by id) and of each event claim (by id) that has one. */
    public record Rules(Map<Long, String> facts, Map<Long, String> events) {
        public Rules {
            facts = Map.copyOf(facts);
            events = Map.copyOf(events);
        }
    }

    private ClaimRules() {
    }

    /** Reads every claim's rule. */
    public static Rules load(Database db) {
        return db.read(c -> new Rules(read(c, "select fact_claim_id, rule from fact_claim_rule"),
                read(c, "select event_claim_id, rule from event_claim_rule")));
    }

    private static Map<Long, String> read(Connection c, String sql) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Records the rules of a document's fact claims, in the order they were inserted; null rules are skipped. */
    static void insertFactRules(Connection c, long document, List<String> rules) throws SQLException {
        if (rules.stream().allMatch(r -> r == null)) {
            return;
        }
        try (PreparedStatement ids = c.prepareStatement("select id from fact_claim where document_id = ? order by id");
             PreparedStatement ps = c.prepareStatement("insert into fact_claim_rule(fact_claim_id, rule) values (?,?)")) {
            ids.setLong(1, document);
            try (ResultSet rs = ids.executeQuery()) {
                for (int i = 0; rs.next() && i < rules.size(); i++) {
                    if (rules.get(i) != null) {
                        ps.setLong(1, rs.getLong(1));
                        ps.setString(2, rules.get(i));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** Records the rule of one event claim, when it has one. */
    static void insertEventRule(Connection c, long eventClaim, String rule) throws SQLException {
        if (rule == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into event_claim_rule(event_claim_id, rule) values (?,?)")) {
            ps.setLong(1, eventClaim);
            ps.setString(2, rule);
            ps.executeUpdate();
        }
    }
}
