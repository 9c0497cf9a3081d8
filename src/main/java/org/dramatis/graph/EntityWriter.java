package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.ResolvedEntity;

/**
 * Writes one resolution result inside the caller's transaction: entities, cluster assignments, the mentions' entity,
 * and, when the result is in the resolver's ids, their translation to stored ids ({@link StableIds}). The triggers of
 * {@code V050__stable_entity_ids.sql} refuse any write that leaves a mention or cluster pointing at a missing entity, so
 * a result that would dangle aborts the whole transaction instead of being stored.
 */
final class EntityWriter {
    private EntityWriter() {
    }

    /** What to write; ids are the resolver's when {@code ids} is given, else already the stored ones. */
    record Batch(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded, boolean replaceAll,
                 StableIds ids) {
    }

    static void write(Connection c, Batch in) throws SQLException {
        Batch b = in.ids() == null ? in : translate(c, in);
        if (b.replaceAll()) {
            try (PreparedStatement men = c.prepareStatement("update mention set entity_id = null");
                 PreparedStatement cl = c.prepareStatement("update cluster set entity_id = null");
                 PreparedStatement del = c.prepareStatement("delete from entity")) {
                men.executeUpdate();
                cl.executeUpdate();
                del.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                Dialect.of(c).upsert("entity", List.of("id"), List.of("name", "type", "reasons", "traits")))) {
            for (ResolvedEntity e : b.entities()) {
                ps.setLong(1, e.id());
                ps.setString(2, e.name());
                ps.setString(3, e.type().name());
                ps.setString(4, Json.write(e.reasons()));
                ps.setString(5, Json.write(e.traits()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        moveFolded(c, b.folded());
        assign(c, b.assignments());
        dropUnnamed(c, b);
    }

    /** The batch in stored ids; a full result is matched to the stored entities first, folded ids are redirected. */
    private static Batch translate(Connection c, Batch b) throws SQLException {
        StableIds ids = b.ids();
        if (b.replaceAll()) {
            ids.rematch(c, b.entities().stream().map(ResolvedEntity::id).toList(), b.assignments());
        }
        List<ResolvedEntity> entities = new ArrayList<>();
        for (ResolvedEntity e : b.entities()) {
            entities.add(e.withId(ids.translate(c, e.id())));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment a : b.assignments()) {
            assignments.add(new Assignment(a.documentId(), a.clusterId(), ids.translate(c, a.entityId()), a.score(),
                    a.reasons(), a.mentions()));
        }
        Map<Long, Long> folded = new HashMap<>();
        for (var f : b.folded().entrySet()) {
            long from = ids.translate(c, f.getKey());
            long to = ids.translate(c, f.getValue());
            folded.put(from, to);
            StableIds.redirect(c, from, to);
        }
        return new Batch(entities, assignments, folded, b.replaceAll(), null);
    }

    private static void moveFolded(Connection c, Map<Long, Long> folded) throws SQLException {
        try (PreparedStatement men = c.prepareStatement("update mention set entity_id = ? where entity_id = ?");
             PreparedStatement cl = c.prepareStatement("update cluster set entity_id = ? where entity_id = ?")) {
            for (Map.Entry<Long, Long> f : folded.entrySet()) {
                for (PreparedStatement ps : List.of(men, cl)) {
                    ps.setLong(1, f.getValue());
                    ps.setLong(2, f.getKey());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void assign(Connection c, List<Assignment> assignments) throws SQLException {
        try (PreparedStatement cl = c.prepareStatement(
                "update cluster set entity_id = ?, score = ?, assign_reasons = ? where document_id = ? and id = ?");
             PreparedStatement men = c.prepareStatement(
                     "update mention set entity_id = ? where document_id = ? and cluster = ?");
             PreparedStatement one = c.prepareStatement(
                     "update mention set entity_id = ? where document_id = ? and idx = ?")) {
            for (Assignment a : assignments) {
                // A cluster split by a NOT_SAME decision has several assignments; the cluster row keeps the first.
                cl.setLong(1, a.entityId());
                cl.setDouble(2, a.score());
                cl.setString(3, Json.write(a.reasons()));
                cl.setLong(4, a.documentId());
                cl.setInt(5, a.clusterId());
                cl.addBatch();
                if (a.mentions().isEmpty()) {
                    men.setLong(1, a.entityId());
                    men.setLong(2, a.documentId());
                    men.setInt(3, a.clusterId());
                    men.addBatch();
                }
                for (int idx : a.mentions()) {
                    one.setLong(1, a.entityId());
                    one.setLong(2, a.documentId());
                    one.setInt(3, idx);
                    one.addBatch();
                }
            }
            cl.executeBatch();
            men.executeBatch();
            one.executeBatch();
        }
    }

    /** Removes the entities no mention or cluster names any more. */
    private static void dropUnnamed(Connection c, Batch b) throws SQLException {
        String unnamed = " not exists (select 1 from mention where entity_id = entity.id)"
                + " and not exists (select 1 from cluster where entity_id = entity.id)";
        if (b.replaceAll()) {
            try (PreparedStatement ps = c.prepareStatement("delete from entity where" + unnamed)) {
                ps.executeUpdate();
            }
            return;
        }
        // Adding a document only adds mentions: the entities folded into others are the only ones that can be left
        // without any. Checking just those keeps a document's save independent of the corpus size.
        try (PreparedStatement ps = c.prepareStatement("delete from entity where id = ? and" + unnamed)) {
            for (long id : b.folded().keySet()) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
