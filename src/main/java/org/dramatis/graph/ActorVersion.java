package org.dramatis.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ChangedMeanwhile;

/**
 * The version of an actor as an analyst sees it: a digest of its id, name, type and spellings with their counts. A
 * correction form carries it, and a correction against another version is refused as "changed meanwhile" rather than
 * applied to an actor the analyst has not seen (another analyst's correction, or new articles, changed it). The check
 * runs inside the transaction that stores the correction's decisions, after the store's write lock is taken, so it
 * holds across processes: two workbenches on one database never both correct the same version of an actor.
 *
 * @param actorId the actor as the form named it (an id merged away since is followed to its actor)
 * @param seen    the version the form showed
 */
public record ActorVersion(long actorId, String seen) {
    public ActorVersion {
        if (seen == null || seen.isBlank()) {
            throw new IllegalArgumentException("an actor's version is empty");
        }
    }

    /** The version of the actor as {@code detail} shows it. */
    public static String of(ActorDetail detail) {
        return digest(detail.actor().id(), detail.actor().name(), detail.actor().type().name(), detail.names());
    }

    private static String digest(long id, String name, String type, List<NameCount> names) {
        StringBuilder b = new StringBuilder().append(id).append('\n').append(name).append('\n').append(type);
        names.stream().map(n -> n.name() + "\t" + n.count()).sorted().forEach(n -> b.append('\n').append(n));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Inside a write transaction: refuses ({@link ChangedMeanwhile}) when another correction of the actor is stored
     * but not yet re-resolved, or when the actor is no longer at the version seen.
     */
    void check(Connection c) throws SQLException {
        long id = EntityRepository.redirect(c, actorId).orElse(actorId);
        if (ResolutionState.correctionPending(c, id) || !seen.equals(now(c, id))) {
            throw new ChangedMeanwhile(actorId);
        }
    }

    private static String now(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select name, type from entity where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? digest(id, rs.getString(1), rs.getString(2), EntityRepository.names(c, id)) : "gone";
            }
        }
    }

    /**
     * Inside the transaction that stores a correction: marks the actors it is about as corrected until the
     * re-resolution that applies it (the store's wanted version, raised in this transaction, is done).
     */
    static void markCorrected(Connection c, Iterable<Long> actorIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into actor_correction(entity_id, wanted)"
                + " select ?, wanted from resolution_state where true"
                + " on conflict (entity_id) do update set wanted = excluded.wanted")) {
            for (long id : actorIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
