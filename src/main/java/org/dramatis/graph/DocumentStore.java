package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.resolve.LocalCluster;

/** Writes one processed document — text, sentences, mentions, clusters and claims — in a single transaction. */
public final class DocumentStore {
    private final Database db;

    public DocumentStore(Database db) {
        this.db = db;
    }

    /**
     * The id of a stored document with this content hash, if any. A read without the write lock, so ingest's workers
     * can ask while a document is being stored.
     */
    public Optional<Long> findByHash(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id from document where sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** The content hashes of every stored document (64 bytes each), to skip known content where the store is not seen. */
    public Set<String> hashes() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select sha256 from document");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Stores the document and everything found in it; returns its id. All or nothing: a failure leaves no trace.
     *
     * @param datePrecision precision of {@code source.published()} or of the inferred date, null when no date is known
     */
    public long insert(SourceDocument source, String publishedOverride, String datePrecision, AnnotatedDocument annotated,
                       Extraction extraction, List<LocalCluster> clusters) {
        return insert(source, publishedOverride, datePrecision, null, annotated, extraction, clusters);
    }

    /**
     * As above, with where the date comes from: "user", "file", "byline" or "text" (inferred), null when unknown.
     */
    public long insert(SourceDocument source, String published, String datePrecision, String dateSource,
                       AnnotatedDocument annotated, Extraction extraction, List<LocalCluster> clusters) {
        return db.inTransaction(c -> {
            long id = insertDocument(c, source, published, datePrecision, dateSource, annotated.tokenCount());
            insertSentences(c, id, annotated.sentences());
            insertMentions(c, id, extraction.mentions(), clusters);
            insertClusters(c, id, clusters);
            insertFacts(c, id, extraction.facts());
            insertEvents(c, id, extraction.events());
            CrashPoints.reached("document.inserted");
            return id;
        });
    }

    private static long insertDocument(Connection c, SourceDocument d, String published, String precision, String source,
                                       int tokens) throws SQLException {
        String sql = "insert into document(sha256, name, path, title, outlet, url, published, date_precision, language, text,"
                + " token_count, ingested_at, date_source) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.sha256());
            ps.setString(2, d.name());
            ps.setString(3, d.path() == null ? null : d.path().toString());
            ps.setString(4, d.title());
            ps.setString(5, d.outlet());
            ps.setString(6, d.url());
            ps.setString(7, published);
            ps.setString(8, precision);
            ps.setString(9, d.language());
            ps.setString(10, d.text());
            ps.setInt(11, tokens);
            ps.setString(12, Instant.now().toString());
            ps.setString(13, source);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertSentences(Connection c, long doc, List<Sentence> sentences) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into sentence(document_id, idx, begin_offset, end_offset, text) values (?,?,?,?,?)")) {
            for (Sentence s : sentences) {
                ps.setLong(1, doc);
                ps.setInt(2, s.index());
                ps.setInt(3, s.begin());
                ps.setInt(4, s.end());
                ps.setString(5, s.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMentions(Connection c, long doc, List<ActorMention> mentions, List<LocalCluster> clusters)
            throws SQLException {
        int[] clusterOf = new int[mentions.size()];
        java.util.Arrays.fill(clusterOf, -1);
        for (LocalCluster cl : clusters) {
            for (int m : cl.mentions()) {
                clusterOf[m] = cl.id();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into mention(document_id, idx, sentence_idx, begin_offset,"
                + " end_offset, text, type, source, cluster) values (?,?,?,?,?,?,?,?,?)")) {
            for (ActorMention m : mentions) {
                ps.setLong(1, doc);
                ps.setInt(2, m.index());
                ps.setInt(3, m.sentence());
                ps.setInt(4, m.begin());
                ps.setInt(5, m.end());
                ps.setString(6, m.text());
                ps.setString(7, m.type().name());
                ps.setString(8, m.source());
                if (clusterOf[m.index()] >= 0) {
                    ps.setInt(9, clusterOf[m.index()]);
                } else {
                    ps.setNull(9, java.sql.Types.INTEGER);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertClusters(Connection c, long doc, List<LocalCluster> clusters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into cluster(document_id, id, type, name, reasons, impersonal) values (?,?,?,?,?,?)")) {
            for (LocalCluster cl : clusters) {
                ps.setLong(1, doc);
                ps.setInt(2, cl.id());
                ps.setString(3, cl.type().name());
                ps.setString(4, cl.name());
                ps.setString(5, Json.write(cl.reasons()));
                ps.setInt(6, cl.impersonal() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFacts(Connection c, long doc, List<FactClaim> facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into fact_claim(document_id, kind, subject_idx, object_idx,"
                + " role, value, start_date, end_date, modality, sentence_idx, attribution, confidence)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (FactClaim f : facts) {
                ps.setLong(1, doc);
                ps.setString(2, f.kind().name());
                ps.setInt(3, f.subject());
                ps.setInt(4, f.object());
                ps.setString(5, f.role());
                ps.setString(6, f.value());
                ps.setString(7, f.start());
                ps.setString(8, f.end());
                ps.setString(9, f.modality().name());
                ps.setInt(10, f.sentence());
                ps.setString(11, f.attribution());
                ps.setObject(12, f.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        ClaimRules.insertFactRules(c, doc, facts.stream().map(FactClaim::rule).toList());
    }

    private static void insertEvents(Connection c, long doc, List<EventClaim> events) throws SQLException {
        try (PreparedStatement ev = c.prepareStatement("insert into event_claim(document_id, type, mode, date, place, summary,"
                + " modality, sentence_idx, trigger_word, confidence) values (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement part = c.prepareStatement(
                     "insert into event_participant(event_claim_id, mention_idx, role) values (?,?,?)")) {
            for (EventClaim e : events) {
                ev.setLong(1, doc);
                ev.setString(2, e.type().name());
                ev.setString(3, e.mode());
                ev.setString(4, e.date());
                ev.setString(5, e.place());
                ev.setString(6, e.summary());
                ev.setString(7, e.modality().name());
                ev.setInt(8, e.sentence());
                ev.setString(9, e.trigger());
                ev.setObject(10, e.confidence());
                ev.executeUpdate();
                long id;
                try (ResultSet rs = ev.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                ClaimRules.insertEventRule(c, id, e.rule());
                for (EventClaim.Participant p : e.participants()) {
                    part.setLong(1, id);
                    part.setInt(2, p.mention());
                    part.setString(3, p.role());
                    part.addBatch();
                }
            }
            part.executeBatch();
        }
    }
}
