package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dramatis.resolve.Assignment;

/**
 * Translates the resolver's entity ids, which follow resolution order, into the store's ids, which never move.
 *
 * <p>After a full re-resolution each new entity takes the stored id that held most of its mentions (ties to the lowest
 * id); a stored id wanted by several new entities goes to the one holding most of its mentions, so a split keeps the id
 * on its larger part; an entity matching no stored id gets a never-used one. A stored id that no new entity keeps
 * redirects ({@code entity_redirect}) to the entity that took most of its mentions: a merged actor's id answers with
 * the survivor. Between re-resolutions the map is extended as the resolver founds entities.
 *
 * <p>Used by one writer at a time (the resolution lock); the translation happens inside the store's transaction.
 */
public final class StableIds {
    static final String NEXT_ID = "entity.next_id";

    private final Map<Long, Long> toStore = new HashMap<>();

    /** Starts from a resolver seeded with the stored entities: their resolver ids are their stored ids. */
    public void seed(Collection<Long> storedIds) {
        toStore.clear();
        storedIds.forEach(id -> toStore.put(id, id));
    }

    /** The stored id of a resolver id, or empty when the resolver founded it after the last save. */
    public java.util.Optional<Long> storeId(long resolverId) {
        return java.util.Optional.ofNullable(toStore.get(resolverId));
    }

    /** Forgets the map (a failed save): the next resolver is seeded from the store again. */
    public void clear() {
        toStore.clear();
    }

    /** The stored id of {@code resolverId}, giving a never-used id to an entity founded since the last save. */
    long translate(Connection c, long resolverId) throws SQLException {
        Long id = toStore.get(resolverId);
        if (id == null) {
            id = allocate(c);
            toStore.put(resolverId, id);
        }
        return id;
    }

    /**
     * Matches a full re-resolution's entities (their mentions given by {@code assignments}) to the stored ones before
     * the store is rewritten, records redirects for the stored ids that disappear, and makes the map resolver id to
     * stored id.
     */
    void rematch(Connection c, Collection<Long> resolverIds, List<Assignment> assignments) throws SQLException {
        Map<Long, Map<Long, Integer>> overlap = overlap(c, assignments);
        Map<Long, Long> kept = new HashMap<>(); // resolver id -> stored id
        Set<Long> taken = new HashSet<>();
        List<long[]> pairs = new ArrayList<>();
        overlap.forEach((resolverId, olds) -> olds.forEach((old, n) -> pairs.add(new long[] {n, old, resolverId})));
        pairs.sort(Comparator.<long[]>comparingLong(p -> -p[0]).thenComparingLong(p -> p[1]).thenComparingLong(p -> p[2]));
        for (long[] p : pairs) {
            if (!kept.containsKey(p[2]) && taken.add(p[1])) {
                kept.put(p[2], p[1]);
            }
        }
        restoreFormer(c, assignments, kept, taken);
        toStore.clear();
        toStore.putAll(kept);
        for (long resolverId : new TreeSet<>(resolverIds)) {
            translate(c, resolverId);
        }
        redirectLost(c, overlap, taken);
    }

    /**
     * An entity that kept no stored id but holds the mentions an actor merged away held when a decision chose it
     * (an undone merge, typically) takes that actor's old id back, so its bookmarks and exports lead to it again.
     */
    private static void restoreFormer(Connection c, List<Assignment> assignments, Map<Long, Long> kept, Set<Long> taken)
            throws SQLException {
        Map<Long, Map<Integer, Set<Long>>> formers = new HashMap<>(); // document -> mention -> old ids
        // The alias is named in an outer query: PostgreSQL, unlike SQLite, takes no select alias in the where clause.
        try (PreparedStatement ps = c.prepareStatement("select document_id, idx, actor from (select a.document_id, a.idx,"
                + " case a.side when 'L' then d.left_actor else d.right_actor end as actor"
                + " from decision_anchor a join decision d on d.id = a.decision_id) anchored"
                + " where actor in (select old_id from entity_redirect)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                formers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getInt(2), k -> new HashSet<>())
                        .add(rs.getLong(3));
            }
        }
        if (formers.isEmpty()) {
            return;
        }
        Map<Long, Map<Long, Integer>> counts = new TreeMap<>(); // resolver id -> old id -> mentions
        for (Assignment a : assignments) {
            Map<Integer, Set<Long>> inDocument = formers.get(a.documentId());
            if (inDocument == null || kept.containsKey(a.entityId())) {
                continue;
            }
            for (int idx : a.mentions()) {
                for (long old : inDocument.getOrDefault(idx, Set.of())) {
                    counts.computeIfAbsent(a.entityId(), k -> new TreeMap<>()).merge(old, 1, Integer::sum);
                }
            }
        }
        counts.forEach((resolverId, olds) -> olds.entrySet().stream()
                .filter(e -> !taken.contains(e.getKey()))
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .ifPresent(e -> {
                    kept.put(resolverId, e.getKey());
                    taken.add(e.getKey());
                }));
    }

    /**
     * For each resolver id, how many of its mentions each stored entity holds now. Reads the mentions one document at a
     * time, so it holds one document's mentions, not the corpus's.
     */
    private static Map<Long, Map<Long, Integer>> overlap(Connection c, List<Assignment> assignments) throws SQLException {
        Map<Long, List<Assignment>> byDocument = new HashMap<>();
        assignments.forEach(a -> byDocument.computeIfAbsent(a.documentId(), k -> new ArrayList<>()).add(a));
        Map<Long, Map<Long, Integer>> overlap = new TreeMap<>();
        Map<Integer, Long> before = new HashMap<>();
        Map<Integer, List<Integer>> clusters = new HashMap<>();
        long doc = -1;
        try (PreparedStatement ps = c.prepareStatement(
                "select document_id, idx, cluster, entity_id from mention order by document_id, idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(1) != doc) {
                    count(byDocument.getOrDefault(doc, List.of()), before, clusters, overlap);
                    doc = rs.getLong(1);
                }
                int idx = rs.getInt(2);
                int cluster = rs.getInt(3);
                if (!rs.wasNull()) {
                    clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(idx);
                }
                long entity = rs.getLong(4);
                if (!rs.wasNull()) {
                    before.put(idx, entity);
                }
            }
        }
        count(byDocument.getOrDefault(doc, List.of()), before, clusters, overlap);
        return overlap;
    }

    /** Adds one document's assignments to {@code overlap} and forgets the document's mentions. */
    private static void count(List<Assignment> assignments, Map<Integer, Long> before, Map<Integer, List<Integer>> clusters,
                              Map<Long, Map<Long, Integer>> overlap) {
        for (Assignment a : assignments) {
            List<Integer> mentions = a.mentions().isEmpty() ? clusters.getOrDefault(a.clusterId(), List.of()) : a.mentions();
            Map<Long, Integer> counts = overlap.computeIfAbsent(a.entityId(), k -> new TreeMap<>());
            for (int idx : mentions) {
                Long e = before.get(idx);
                if (e != null) {
                    counts.merge(e, 1, Integer::sum);
                }
            }
        }
        before.clear();
        clusters.clear();
    }

    /** Stored ids no new entity kept: each redirects to the entity that took most of its mentions. */
    private void redirectLost(Connection c, Map<Long, Map<Long, Integer>> overlap, Set<Long> taken) throws SQLException {
        Map<Long, long[]> best = new TreeMap<>(); // lost stored id -> {mentions, new stored id}
        overlap.forEach((resolverId, olds) -> olds.forEach((old, n) -> {
            if (!taken.contains(old)) {
                long to = toStore.get(resolverId);
                long[] b = best.get(old);
                if (b == null || n > b[0] || (n == b[0] && to < b[1])) {
                    best.put(old, new long[] {n, to});
                }
            }
        }));
        for (var e : best.entrySet()) {
            redirect(c, e.getKey(), e.getValue()[1]);
        }
        // A kept id is a live actor again: it is nobody's redirect any more.
        try (PreparedStatement ps = c.prepareStatement("delete from entity_redirect where old_id = ?")) {
            for (long id : toStore.values()) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Records that {@code oldId} now answers as {@code newId}, and points earlier redirects to {@code oldId} there. */
    static void redirect(Connection c, long oldId, long newId) throws SQLException {
        try (PreparedStatement chain = c.prepareStatement("update entity_redirect set new_id = ? where new_id = ?");
             PreparedStatement ps = c.prepareStatement(
                     Dialect.of(c).upsert("entity_redirect", List.of("old_id"), List.of("new_id")))) {
            chain.setLong(1, newId);
            chain.setLong(2, oldId);
            chain.executeUpdate();
            ps.setLong(1, oldId);
            ps.setLong(2, newId);
            ps.executeUpdate();
        }
    }

    /** A stored id never given before: above every id in use, redirected or recorded as given. */
    static long allocate(Connection c) throws SQLException {
        long next;
        try (PreparedStatement ps = c.prepareStatement("select " + Dialect.of(c).greatest(
                "coalesce((select cast(value as integer) from store_setting where name = '" + NEXT_ID + "'), 1)",
                "coalesce((select max(id) from entity), 0) + 1",
                "coalesce((select max(old_id) from entity_redirect), 0) + 1"));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        StoreSettings.put(c, NEXT_ID, Long.toString(next + 1));
        return next;
    }
}
