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
import org.dramatis.resolve.LocalCluster;

/**
 * Each document's actor mentions and within-document clusters ({@code mention}, {@code cluster}): the input of
 * cross-document resolution, and whether it has been resolved.
 */
public final class ClusterRepository {
    private static final String CLUSTERING_FINGERPRINT = "clustering.fingerprint";
    private static final String CORPUS_HOME = "corpus.home";
    private static final String CORPUS_ACRONYMS = "corpus.acronyms";

    private final Database db;

    public ClusterRepository(Database db) {
        this.db = db;
    }

    /** One document's clusters with the mentions they index. */
    public record StoredClusters(long documentId, List<LocalCluster> clusters, List<ActorMention> mentions) {
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
        return db.read(c -> {
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

    /**
     * Clusters every stored document again from its text and actor mentions, replacing its clusters and the mentions'
     * cluster numbers (their entities stay until the next full resolution), and records the data-file fingerprint the new
     * clusters were made with. One transaction; returns the number of documents.
     */
    public int recluster(BiFunction<String, List<ActorMention>, List<LocalCluster>> clusterer, String fingerprint) {
        return db.inTransaction(c -> {
            int documents = Reclustering.run(c, clusterer);
            StoreSettings.put(c, CLUSTERING_FINGERPRINT, fingerprint);
            return documents;
        });
    }

    /** The data-file fingerprint the stored clusters were made with, or empty when none was recorded. */
    public String clusteringFingerprint() {
        return db.read(c -> StoreSettings.get(c, CLUSTERING_FINGERPRINT, ""));
    }

    /**
     * Each stored document's mentions tagged as a country or a place, by document id in document order (a document with
     * none is absent): what tells the country a document is about.
     */
    public Map<Long, List<ActorMention>> placeMentions() {
        return mentionsOf(ActorType.COUNTRY, ActorType.LOCATION);
    }

    /** The stored organization mentions of every document, by document, in mention order. */
    public Map<Long, List<ActorMention>> organizationMentions() {
        return mentionsOf(ActorType.ORGANIZATION);
    }

    private Map<Long, List<ActorMention>> mentionsOf(ActorType... types) {
        String marks = String.join(", ", java.util.Collections.nCopies(types.length, "?"));
        return db.read(c -> {
            Map<Long, List<ActorMention>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select document_id, idx, text, type, sentence_idx,"
                    + " begin_offset, end_offset, source from mention where type in (" + marks + ") order by document_id, idx")) {
                for (int i = 0; i < types.length; i++) {
                    ps.setString(i + 1, types[i].name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ActorMention(rs.getInt(2),
                                rs.getString(3), ActorType.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                                rs.getInt(7), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    /** The number of stored documents. */
    public int documentCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from document");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The key of the country the stored corpus is about, as last settled; empty for none. */
    public String corpusHome() {
        return db.read(c -> StoreSettings.get(c, CORPUS_HOME, ""));
    }

    /** The acronyms the stored corpus wrote after a name, as last settled (CorpusContext's lines); empty for none. */
    public String corpusAcronyms() {
        return db.read(c -> StoreSettings.get(c, CORPUS_ACRONYMS, ""));
    }

    /** Records the acronyms the stored corpus wrote after a name (CorpusContext's lines). */
    public void setCorpusAcronyms(String lines) {
        db.inTransaction(c -> {
            StoreSettings.put(c, CORPUS_ACRONYMS, lines);
            return null;
        });
    }

    /** Records the key of the country the stored corpus is about (empty for none). */
    public void setCorpusHome(String key) {
        db.inTransaction(c -> {
            StoreSettings.put(c, CORPUS_HOME, key);
            return null;
        });
    }

    /** Records the data-file fingerprint without clustering again (a store with no documents yet). */
    public void setClusteringFingerprint(String fingerprint) {
        db.inTransaction(c -> {
            StoreSettings.put(c, CLUSTERING_FINGERPRINT, fingerprint);
            return null;
        });
    }

    /**
     * Adds to {@code into} the reasons of every cluster assigned to {@code entityId}, its own then its assignment's, in
     * document order. Thousands of clusters repeat a few reason lists: each distinct pair is parsed once.
     */
    static void addReasons(Connection c, long entityId, Set<String> into) throws SQLException {
        Set<List<String>> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select reasons, assign_reasons from cluster where entity_id = ?"
                + " order by document_id, id")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen.add(List.of(rs.getString(1), rs.getString(2)))) {
                        into.addAll(Json.readList(rs.getString(1)));
                        into.addAll(Json.readList(rs.getString(2)));
                    }
                }
            }
        }
    }

    /** Whether a stored document's clusters have been assigned to entities. */
    public boolean resolved(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select 1 from cluster where document_id = ? and entity_id is not null limit 1")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Whether some stored document has clusters no entity was assigned to (a crash between storing and resolving). */
    public boolean unresolvedDocuments() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from cluster where entity_id is null limit 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }
}
