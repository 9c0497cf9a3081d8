package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether the stored entities reflect every decision and lexicon change ({@code resolution_state}): a change raises
 * the wanted version in its own transaction, a full re-resolution records the version it started from as done in the
 * transaction that replaces the entities, so a crash in between leaves a re-resolution pending.
 */
public final class ResolutionState {
    private final Database db;

    public ResolutionState(Database db) {
        this.db = db;
    }

    /**
     * Records that the entities no longer reflect what resolution reads (a new lexicon file): until a full
     * re-resolution has finished, {@link #reresolutionPending} says so, also after a crash.
     */
    public void requestReresolution() {
        db.inTransaction(c -> {
            bumpWanted(c);
            return null;
        });
    }

    /**
     * The version of decisions and lexicons a re-resolution starting now reads; pass it to
     * {@link EntityRepository#replaceAll}.
     */
    public long wantedVersion() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select wanted from resolution_state");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Whether a decision or lexicon change was stored after the last finished full re-resolution. */
    public boolean reresolutionPending() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select wanted, done from resolution_state");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > rs.getLong(2);
            }
        });
    }

    /**
     * Whether a correction of actor {@code actorId} (an id merged away is followed to its actor) is stored and not yet
     * applied by a re-resolution: one still running, or one that failed or whose process died before it committed.
     */
    public boolean correctionPending(long actorId) {
        return db.read(c -> correctionPending(c, EntityRepository.redirect(c, actorId).orElse(actorId)));
    }

    /** {@link #correctionPending(long)} for the live actor {@code entityId}, inside the caller's transaction. */
    static boolean correctionPending(Connection c, long entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from actor_correction where entity_id = ?"
                + " and wanted > (select done from resolution_state)")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Raises the wanted version inside the caller's transaction. */
    static void bumpWanted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update resolution_state set wanted = wanted + 1")) {
            ps.executeUpdate();
        }
    }

    /**
     * Records, inside the caller's transaction, that the entities now reflect version {@code version}; the actors'
     * corrections it applied are no longer pending ({@link ActorVersion#check}).
     */
    static void markDone(Connection c, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update resolution_state set done = "
                + Dialect.of(c).greatest("done", "?"))) {
            ps.setLong(1, version);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("delete from actor_correction"
                + " where wanted <= (select done from resolution_state)")) {
            ps.executeUpdate();
        }
    }

    /** The version the stored entities reflect, read inside the caller's transaction. */
    static long done(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select done from resolution_state");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
