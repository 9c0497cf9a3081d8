package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.Decision;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;

/** Persists resolution results (entities, cluster assignments) and the analyst's decisions. */
public final class EntityStore {
    private static final String CLUSTERING_FINGERPRINT = "clustering.fingerprint";

    private final Database db;

    public EntityStore(Database db) {
        this.db = db;
    }

    /** Current entities with the surface names of their mentions and counts, to seed an incremental resolver. */
    public List<ResolvedEntity> loadEntities() {
        return db.inTransaction(c -> {
            Map<Long, String[]> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name, type, reasons from entity order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Map<Long, Map<String, Integer>> names = new HashMap<>();
            Map<Long, Set<Long>> docs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select entity_id, text, document_id from mention where entity_id is not null");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long e = rs.getLong(1);
                    names.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                    docs.computeIfAbsent(e, k -> new HashSet<>()).add(rs.getLong(3));
                }
            }
            List<ResolvedEntity> out = new ArrayList<>();
            heads.forEach((id, h) -> out.add(new ResolvedEntity(id, h[0], ActorType.valueOf(h[1]),
                    names.getOrDefault(id, Map.of()), Json.readList(h[2]), docs.getOrDefault(id, Set.of()))));
            return out;
        });
    }

    /**
     * Writes the entities the resolver changed and the assignments it made, and points each assigned cluster's
     * mentions at its entity; mentions of entities the resolver folded into others ({@code folded}: old id to new)
     * move with them. Entities no mention points at any more are removed.
     */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded) {
        write(entities, assignments, folded, false);
    }

    /** Saves a resolution result, replacing every stored entity when {@code replaceAll}. */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, boolean replaceAll) {
        write(entities, assignments, Map.of(), replaceAll);
    }

    /** Replaces every entity with a full re-resolution's result. */
    public void replaceAll(List<ResolvedEntity> entities, List<Assignment> assignments) {
        write(entities, assignments, Map.of(), true);
    }

    /**
     * Replaces every entity with a full re-resolution's result and records, in the same transaction, that the store
     * now reflects the decisions and lexicons as they were at {@code version} (see {@link #wantedVersion}).
     */
    public void replaceAll(List<ResolvedEntity> entities, List<Assignment> assignments, long version) {
        write(entities, assignments, Map.of(), true, c -> {
            try (PreparedStatement ps = c.prepareStatement("update resolution_state set done = max(done, ?)")) {
                ps.setLong(1, version);
                ps.executeUpdate();
            }
        });
    }

    private void write(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded,
                       boolean replaceAll) {
        write(entities, assignments, folded, replaceAll, c -> { });
    }

    private void write(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded,
                       boolean replaceAll, SqlStep last) {
        db.inTransaction(c -> {
            if (replaceAll) {
                try (PreparedStatement ps = c.prepareStatement("update mention set entity_id = null");
                     PreparedStatement del = c.prepareStatement("delete from entity")) {
                    ps.executeUpdate();
                    del.executeUpdate();
                }
            }
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
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into entity(id, name, type, reasons) values (?,?,?,?) on conflict(id) do update set"
                            + " name = excluded.name, type = excluded.type, reasons = excluded.reasons")) {
                for (ResolvedEntity e : entities) {
                    ps.setLong(1, e.id());
                    ps.setString(2, e.name());
                    ps.setString(3, e.type().name());
                    ps.setString(4, Json.write(e.reasons()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
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
            if (replaceAll) {
                try (PreparedStatement ps = c.prepareStatement("delete from entity where id not in"
                        + " (select distinct entity_id from mention where entity_id is not null)")) {
                    ps.executeUpdate();
                }
            } else {
                // Adding a document only adds mentions: the entities folded into others are the only ones that can be
                // left without any. Checking just those keeps a document's save independent of the corpus size.
                try (PreparedStatement ps = c.prepareStatement(
                        "delete from entity where id = ? and not exists (select 1 from mention where entity_id = ?)")) {
                    for (long id : folded.keySet()) {
                        ps.setLong(1, id);
                        ps.setLong(2, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            last.run(c);
            return null;
        });
    }

    /** A last statement run inside a write's transaction. */
    @FunctionalInterface
    private interface SqlStep {
        void run(Connection c) throws SQLException;
    }

    /** Every document's clusters and actor mentions, in document order: the input of a full re-resolution. */
    public List<StoredClusters> loadClusters() {
        return loadClusters("");
    }

    /**
     * Documents stored but not yet resolved — a crash between storing a document and resolving it leaves them so —
     * with their clusters and mentions.
     */
    public List<StoredClusters> loadUnresolvedClusters() {
        return loadClusters(" where document_id in (select document_id from cluster where entity_id is null)");
    }

    private List<StoredClusters> loadClusters(String where) {
        return db.inTransaction(c -> {
            Map<Long, List<ActorMention>> mentions = new LinkedHashMap<>();
            Map<Long, Map<Integer, List<Integer>>> members = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select document_id, idx, text, type, sentence_idx, begin_offset,"
                    + " end_offset, source, cluster from mention" + where + " order by document_id, idx");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    ActorMention m = new ActorMention(rs.getInt(2), rs.getString(3), ActorType.valueOf(rs.getString(4)),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8));
                    mentions.computeIfAbsent(doc, k -> new ArrayList<>()).add(m);
                    int cluster = rs.getInt(9);
                    if (!rs.wasNull()) {
                        members.computeIfAbsent(doc, k -> new HashMap<>()).computeIfAbsent(cluster, k -> new ArrayList<>())
                                .add(m.index());
                    }
                }
            }
            Map<Long, List<LocalCluster>> clusters = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select document_id, id, type, name, reasons, impersonal from cluster" + where + " order by document_id, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    int id = rs.getInt(2);
                    List<Integer> idx = members.getOrDefault(doc, Map.of()).getOrDefault(id, List.of());
                    List<ActorMention> docMentions = mentions.getOrDefault(doc, List.of());
                    List<String> names = idx.stream().map(i -> docMentions.get(i).text()).distinct().toList();
                    clusters.computeIfAbsent(doc, k -> new ArrayList<>()).add(new LocalCluster(id,
                            ActorType.valueOf(rs.getString(3)), idx, rs.getString(4), names, Json.readList(rs.getString(5)),
                            rs.getInt(6) == 1));
                }
            }
            List<StoredClusters> out = new ArrayList<>();
            clusters.forEach((doc, cl) -> out.add(new StoredClusters(doc, cl, mentions.getOrDefault(doc, List.of()))));
            return out;
        });
    }

    /** One document's clusters with the mentions they index. */
    public record StoredClusters(long documentId, List<LocalCluster> clusters, List<ActorMention> mentions) {
    }

    /**
     * Clusters every stored document again from its text and actor mentions, replacing its clusters and the mentions'
     * cluster numbers (their entities stay until the next full resolution), and records the data-file fingerprint the new
     * clusters were made with. One transaction; returns the number of documents.
     */
    public int recluster(BiFunction<String, List<ActorMention>, List<LocalCluster>> clusterer, String fingerprint) {
        return db.inTransaction(c -> {
            Map<Long, List<ActorMention>> mentions = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id from document order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.put(rs.getLong(1), new ArrayList<>());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select document_id, idx, text, type, sentence_idx, begin_offset,"
                    + " end_offset, source from mention order by document_id, idx");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.get(rs.getLong(1)).add(new ActorMention(rs.getInt(2), rs.getString(3),
                            ActorType.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
                }
            }
            try (PreparedStatement text = c.prepareStatement("select text from document where id = ?");
                 PreparedStatement drop = c.prepareStatement("delete from cluster where document_id = ?");
                 // Entities stay as they are until the re-resolution that follows replaces them all in one
                 // transaction: a crash in between leaves the store stale (marked so) but never a clustered mention
                 // without an entity.
                 PreparedStatement clear = c.prepareStatement("update mention set cluster = null where document_id = ?");
                 PreparedStatement assign = c.prepareStatement(
                         "update mention set cluster = ? where document_id = ? and idx = ?")) {
                for (var doc : mentions.entrySet()) {
                    text.setLong(1, doc.getKey());
                    String body;
                    try (ResultSet rs = text.executeQuery()) {
                        rs.next();
                        body = rs.getString(1);
                    }
                    List<LocalCluster> clusters = clusterer.apply(body, doc.getValue());
                    for (PreparedStatement ps : List.of(drop, clear)) {
                        ps.setLong(1, doc.getKey());
                        ps.executeUpdate();
                    }
                    DocumentStore.insertClusters(c, doc.getKey(), clusters);
                    for (LocalCluster cl : clusters) {
                        for (int idx : cl.mentions()) {
                            assign.setInt(1, cl.id());
                            assign.setLong(2, doc.getKey());
                            assign.setInt(3, idx);
                            assign.addBatch();
                        }
                    }
                    assign.executeBatch();
                }
            }
            putSetting(c, CLUSTERING_FINGERPRINT, fingerprint);
            return mentions.size();
        });
    }

    /** The data-file fingerprint the stored clusters were made with, or empty when none was recorded. */
    public String clusteringFingerprint() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select value from store_setting where name = ?")) {
                ps.setString(1, CLUSTERING_FINGERPRINT);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    /** Records the data-file fingerprint without clustering again (a store with no documents yet). */
    public void setClusteringFingerprint(String fingerprint) {
        db.inTransaction(c -> {
            putSetting(c, CLUSTERING_FINGERPRINT, fingerprint);
            return null;
        });
    }

    private static void putSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into store_setting(name, value) values (?,?)"
                + " on conflict(name) do update set value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Stores a decision and returns its id; the entities are stale until the next full re-resolution. */
    public long addDecision(Decision.Kind kind, String left, String right, String value) {
        return addDecisions(List.of(new NewDecision(kind, left, right, value))).get(0);
    }

    /**
     * Stores decisions that make one correction, all or none, and returns their ids in order. The entities are stale
     * until the next full re-resolution ({@link #reresolutionPending}).
     */
    public List<Long> addDecisions(List<NewDecision> decisions) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into decision(kind, left_name, right_name, value, created_at) values (?,?,?,?,?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (NewDecision d : decisions) {
                    ps.setString(1, d.kind().name());
                    ps.setString(2, d.left());
                    ps.setString(3, d.right());
                    ps.setString(4, d.value());
                    ps.setString(5, Instant.now().toString());
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
            }
            bumpWanted(c);
            return ids;
        });
    }

    /** A decision to store: its id comes from the database. */
    public record NewDecision(Decision.Kind kind, String left, String right, String value) {
        public NewDecision {
            new Decision(0, kind, left, right, value); // the same validation as a stored decision
        }
    }

    /** Marks a decision undone; it stays in the history but is no longer replayed. */
    public boolean undoDecision(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update decision set undone = 1 where id = ? and undone = 0")) {
                ps.setLong(1, id);
                boolean undone = ps.executeUpdate() == 1;
                if (undone) {
                    bumpWanted(c);
                }
                return undone;
            }
        });
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

    /** The version of decisions and lexicons a re-resolution starting now reads; pass it to {@link #replaceAll}. */
    public long wantedVersion() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select wanted from resolution_state");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Whether a decision or lexicon change was stored after the last finished full re-resolution. */
    public boolean reresolutionPending() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select wanted > done from resolution_state");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    /** Whether a stored document's clusters have been assigned to entities. */
    public boolean resolved(long documentId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select exists (select 1 from cluster where document_id = ? and entity_id is not null)")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }

    /** Whether some stored document has clusters no entity was assigned to (a crash between storing and resolving). */
    public boolean unresolvedDocuments() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from cluster where entity_id is null)");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    private static void bumpWanted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update resolution_state set wanted = wanted + 1")) {
            ps.executeUpdate();
        }
    }

    /** Decisions still in force, oldest first: the order in which they are replayed. */
    public List<Decision> activeDecisions() {
        return db.inTransaction(c -> readDecisions(c, "where undone = 0 order by id")).stream()
                .map(DecisionRow::decision).toList();
    }

    /** Every decision with its time and state, newest first, for the history view. */
    public List<DecisionRow> history() {
        return db.inTransaction(c -> readDecisions(c, "order by id desc"));
    }

    private static List<DecisionRow> readDecisions(Connection c, String tail) throws SQLException {
        List<DecisionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, kind, left_name, right_name, value, created_at, undone from decision " + tail);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DecisionRow(new Decision(rs.getLong(1), Decision.Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)), rs.getString(6), rs.getInt(7) == 1));
            }
        }
        return out;
    }

    /** A decision as the history shows it. */
    public record DecisionRow(Decision decision, String createdAt, boolean undone) {
    }
}
