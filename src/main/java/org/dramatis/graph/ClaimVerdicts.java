package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.util.List;
import org.dramatis.model.DramatisException;

/**
 * The analyst's verdict on stored claims: confirmed, rejected (the claim leaves the graph but stays stored) or none,
 * signed with who gave it.
 */
public final class ClaimVerdicts {
    /** The verdicts a claim can carry; null clears it. */
    public enum Verdict { CONFIRMED, REJECTED }

    private final Database db;
    private final String author;

    public ClaimVerdicts(Database db) {
        this(db, DecisionRepository.LOCAL);
    }

    private ClaimVerdicts(Database db, String author) {
        this.db = db;
        this.author = author;
    }

    /** The same verdicts, signed with {@code author} (an account's name). */
    public ClaimVerdicts signedBy(String author) {
        return new ClaimVerdicts(db, author);
    }

    /**
     * Sets the verdict of claims of one table in one transaction and returns how many were updated.
     *
     * @param table "fact_claim" or "event_claim"
     * @param verdict the verdict, or null to take it back
     */
    public int set(String table, List<Long> claimIds, Verdict verdict) {
        if (!table.equals("fact_claim") && !table.equals("event_claim")) {
            throw new DramatisException("unknown claim table " + table);
        }
        return db.inTransaction(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("update " + table + " set verdict = ?, verdict_by = ? where id = ?")) {
                for (long id : claimIds) {
                    ps.setString(1, verdict == null ? null : verdict.name());
                    ps.setString(2, verdict == null ? null : author);
                    ps.setLong(3, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }
}
