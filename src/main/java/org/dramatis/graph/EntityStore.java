package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Every actor's spellings by id: its display name first, then each distinct text of its mentions. */
    public Map<Long, List<String>> spellings() {
        return SpellingIndex.load(db);
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
     * move with them. Entities no mention points at any more are removed. Ids are stored ids.
     */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded) {
        write(new EntityWriter.Batch(entities, assignments, folded, false, null), c -> { });
    }

    /**
     * Like {@link #save(List, List, Map)} with every id the resolver's: {@code ids} gives each its stored id (a
     * never-used one to an entity founded since the last save) and each folded id redirects to the entity it joined.
     */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded, StableIds ids) {
        write(new EntityWriter.Batch(entities, assignments, folded, false, ids), c -> { });
    }

    /** Saves a resolution result with stored ids, replacing every stored entity when {@code replaceAll}. */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, boolean replaceAll) {
        write(new EntityWriter.Batch(entities, assignments, Map.of(), replaceAll, null), c -> { });
    }

    /**
     * Replaces every entity with a full re-resolution's result and records, in the same transaction, that the store
     * now reflects the decisions and lexicons as they were at {@code version} (see {@link #wantedVersion}). The
     * result's ids are the resolver's: each entity keeps the stored id that held most of its mentions ({@link StableIds}),
     * and the ids that disappear redirect to where their mentions went.
     */
    public void replaceAll(List<ResolvedEntity> entities, List<Assignment> assignments, long version, StableIds ids) {
        write(new EntityWriter.Batch(entities, assignments, Map.of(), true, ids), c -> {
            CrashPoints.reached("entities.written");
            try (PreparedStatement ps = c.prepareStatement("update resolution_state set done = max(done, ?)")) {
                ps.setLong(1, version);
                ps.executeUpdate();
            }
        });
    }

    private void write(EntityWriter.Batch batch, SqlStep last) {
        db.inTransaction(c -> {
            EntityWriter.write(c, batch);
            last.run(c);
            return null;
        });
    }

    /**
     * Where an id that disappeared through a merge went: the live actor that answers for it, or empty when the id is
     * live or was never given.
     */
    public java.util.Optional<Long> redirect(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select new_id from entity_redirect r where old_id = ?"
                    + " and exists (select 1 from entity e where e.id = r.new_id)")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
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
            int documents = Reclustering.run(c, clusterer);
            putSetting(c, CLUSTERING_FINGERPRINT, fingerprint);
            return documents;
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
            List<Long> ids = DecisionRows.insert(c, decisions);
            bumpWanted(c);
            return ids;
        });
    }

    /** A decision to store: its id comes from the database; {@code anchors} when it is about chosen actors. */
    public record NewDecision(Decision.Kind kind, String left, String right, String value, Decision.Anchors anchors) {
        public NewDecision {
            new Decision(0, kind, left, right, value, anchors); // the same validation as a stored decision
        }

        public NewDecision(Decision.Kind kind, String left, String right, String value) {
            this(kind, left, right, value, null);
        }
    }

    /** The stored entity holding each mention that a decision about chosen actors finds them by. */
    public Map<Decision.MentionRef, Long> anchorHolders() {
        return db.read(DecisionRows::anchorHolders);
    }

    /** The ids of the actors shown under exactly this name (two may share one: a person and a place). */
    public List<Long> idsNamed(String name) {
        return db.read(c -> DecisionRows.idsNamed(c, name));
    }

    /** Every mention an actor holds now, by spelling: what a split of it finds each part by. */
    public Map<String, List<Decision.MentionRef>> mentionsBySpelling(long entityId) {
        return db.read(c -> DecisionRows.mentionsBySpelling(c, entityId));
    }

    /** Every mention an actor holds now: what a decision about it finds it by. */
    public List<Decision.MentionRef> mentionsOf(long entityId) {
        return db.read(c -> DecisionRows.mentionsOf(c, entityId));
    }

    /**
     * Where the left (or right) actor of a decision about chosen actors is now: the live actor holding most of the
     * mentions it held when the decision was made, or empty.
     */
    public java.util.Optional<Long> actorOf(long decisionId, boolean left) {
        long id = db.read(c -> DecisionRows.holder(c, decisionId, left ? "L" : "R"));
        return id < 0 ? java.util.Optional.empty() : java.util.Optional.of(id);
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
     * Removes a decision that was refused after it was tried (it changed nothing), with the mentions it named; the
     * entities are stale until the next full re-resolution.
     */
    public void withdrawDecision(long id) {
        db.inTransaction(c -> {
            for (String sql : List.of("delete from decision_anchor where decision_id = ?", "delete from decision where id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            bumpWanted(c);
            return null;
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
        return db.inTransaction(c -> DecisionRows.read(c, "where undone = 0 order by id", true)).stream()
                .map(DecisionRow::decision).toList();
    }

    /** Every decision with its time and state, newest first, for the history view (actors without their mentions). */
    public List<DecisionRow> history() {
        return db.inTransaction(c -> DecisionRows.read(c, "order by id desc", false));
    }

    /** A decision as the history shows it. */
    public record DecisionRow(Decision decision, String createdAt, boolean undone) {
    }
}
