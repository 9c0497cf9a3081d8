package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.EvidencePage;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.MentionRow;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.graph.Views.Stats;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/** The read side of the store: documents, actors, mentions and facts merged across documents. */
public final class GraphQueries {
    /** An evidence limit meaning "all of it". */
    public static final int ALL = Integer.MAX_VALUE;

    private final Database db;
    private final VersionedCache<List<Evidence>> attributed;
    private final SummaryCache summaries;
    private final VersionedCache<List<ActorSummary>> ranking;
    private final VersionedCache<Map<String, PostsAsOf.Held>> impliedEnds;

    public GraphQueries(Database db) {
        this.db = db;
        this.ranking = new VersionedCache<>(db, this::rankActors);
        this.summaries = new SummaryCache(db);
        this.attributed = new VersionedCache<>(db, this::loadAttributed);
        this.impliedEnds = new VersionedCache<>(db,
                () -> java.util.Collections.unmodifiableMap(PostsAsOf.impliedEnds(db, this)));
    }

    public Stats stats() {
        return db.read(c -> new Stats(count(c, "select count(*) from document"),
                count(c, "select count(*) from sentence"), count(c, "select coalesce(sum(token_count),0) from document"),
                count(c, "select count(*) from mention"), count(c, "select count(*) from entity"),
                count(c, "select count(*) from fact_claim"), count(c, "select count(*) from event_claim"),
                count(c, "select count(*) from decision where undone = 0")));
    }

    public List<DocumentSummary> documents() {
        return documents(0, Integer.MAX_VALUE);
    }

    /** One page of the stored documents in the order they were ingested. */
    public List<DocumentSummary> documents(int offset, int limit) {
        return db.read(c -> DocumentRows.page(c, offset, limit));
    }

    public Optional<DocumentText> document(long id) {
        return db.read(c -> DocumentRows.one(c, id));
    }

    /** The sentences of one document in order. */
    public List<Views.SentenceRow> sentences(long documentId) {
        return db.read(c -> {
            List<Views.SentenceRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select idx, begin_offset, end_offset, text from sentence where document_id = ? order by idx")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Views.SentenceRow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Actors ordered by how often they are mentioned; {@code type} null for all. The ranking counts every mention
     * of the corpus, so it is kept until the database changes (the home page and every dossier ask for it).
     */
    public List<ActorSummary> actors(int limit, ActorType type) {
        return ranking.get().stream().filter(a -> type == null || a.type() == type).limit(limit < 0 ? Long.MAX_VALUE : limit)
                .toList();
    }

    private List<ActorSummary> rankActors() {
        return db.read(c -> {
            String sql = "select e.id, e.name, e.type, count(*), count(distinct m.document_id) from entity e"
                    + " join mention m on m.entity_id = e.id group by e.id order by count(*) desc, e.name";
            List<ActorSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ActorSummary(rs.getLong(1), rs.getString(2), ActorType.valueOf(rs.getString(3)),
                                rs.getInt(4), rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    /** Summaries of the given actors, in no particular order; unknown ids are left out. */
    public List<ActorSummary> actorsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long version = db.version();
        Map<Long, ActorSummary> known = summaries.get(ids, version);
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        List<ActorSummary> out = new ArrayList<>(known.values());
        if (!missing.isEmpty()) {
            List<ActorSummary> fresh = countMentions(missing);
            summaries.put(fresh, version);
            out.addAll(fresh);
        }
        return out;
    }

    private List<ActorSummary> countMentions(Collection<Long> ids) {
        return db.read(c -> {
            List<ActorSummary> out = new ArrayList<>();
            // Ids are longs, so listing them inline is safe; one query however many actors a network shows.
            String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("select e.id, e.name, e.type, count(m.idx),"
                    + " count(distinct m.document_id) from entity e left join mention m on m.entity_id = e.id"
                    + " where e.id in (" + in + ") group by e.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorSummary(rs.getLong(1), rs.getString(2), ActorType.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    public Optional<ActorDetail> actor(long id) {
        return db.read(c -> {
            ActorSummary summary;
            List<String> reasons = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select e.id, e.name, e.type, count(m.idx),"
                    + " count(distinct m.document_id), e.reasons from entity e left join mention m on m.entity_id = e.id"
                    + " where e.id = ? group by e.id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ActorDetail>empty();
                    }
                    summary = new ActorSummary(rs.getLong(1), rs.getString(2), ActorType.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getInt(5));
                    reasons.addAll(Json.readList(rs.getString(6)));
                }
            }
            List<NameCount> names = EntityRepository.names(c, id);
            Set<String> allReasons = new LinkedHashSet<>(reasons);
            ClusterRepository.addReasons(c, id, allReasons);
            List<String> outlets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select coalesce(d.outlet, d.name), count(*) from mention m"
                    + " join document d on d.id = m.document_id where m.entity_id = ? group by 1 order by 2 desc")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        outlets.add(rs.getString(1) + " (" + rs.getInt(2) + ")");
                    }
                }
            }
            return Optional.of(new ActorDetail(summary, names, List.copyOf(allReasons), outlets));
        });
    }

    /** Mentions in one document, or in all documents when {@code documentId} is null, in text order. */
    public List<MentionRow> mentions(Long documentId) {
        return db.read(c -> {
            String sql = "select m.document_id, d.name, m.idx, m.sentence_idx, m.begin_offset, m.end_offset, m.text, m.type,"
                    + " m.entity_id, e.name from mention m join document d on d.id = m.document_id"
                    + " left join entity e on e.id = m.entity_id"
                    + (documentId == null ? "" : " where m.document_id = ?") + " order by m.document_id, m.idx";
            List<MentionRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (documentId != null) {
                    ps.setLong(1, documentId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long entity = rs.getLong(9);
                        out.add(new MentionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getString(7), ActorType.valueOf(rs.getString(8)),
                                rs.wasNull() ? null : entity, rs.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Facts merged across documents: claims with the same kind, subject, object and role become one fact with all
     * their evidence. Rejected claims and facts of an actor with itself are left out.
     *
     * @param actorId only facts touching this actor, or null for all
     * @param documentId only facts stated in this document, or null for all
     */
    public List<Fact> facts(Long actorId, Long documentId) {
        return facts(actorId, documentId, ALL);
    }

    /**
     * As {@link #facts(Long, Long)}, each fact carrying at most {@code evidenceLimit} pieces of evidence (its earliest
     * claims) and the count of all. Only the sentences shown are read, so a frequent actor's dossier costs its number
     * of facts rather than its number of claims.
     */
    public List<Fact> facts(Long actorId, Long documentId, int evidenceLimit) {
        if (evidenceLimit < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative, got " + evidenceLimit);
        }
        return db.read(c -> {
            Collection<FactGroup> groups = factGroups(c, actorId, documentId, evidenceLimit == ALL);
            Map<Long, Evidence> evidence = evidenceLimit == ALL ? Map.of()
                    : EvidenceLoader.facts(c, groups.stream().flatMap(g -> g.claimIds(0, evidenceLimit).stream()).toList());
            return groups.stream().map(g -> g.build(evidenceLimit, evidence)).toList();
        });
    }

    /**
     * One page of the evidence of one of an actor's facts, in claim order.
     *
     * @param factKey a {@link Fact#key()} from {@code facts(actorId, ...)}
     * @return empty when the actor has no fact with that key
     */
    public Optional<EvidencePage> factEvidence(long actorId, String factKey, int offset, int limit) {
        return db.read(c -> {
            for (FactGroup g : factGroups(c, actorId, null, false)) {
                if (g.key.equals(factKey)) {
                    List<Long> ids = g.claimIds(offset, limit);
                    Map<Long, Evidence> byId = EvidenceLoader.facts(c, ids);
                    return Optional.of(new EvidencePage(factKey, g.claims.size(), offset,
                            ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
                }
            }
            return Optional.<EvidencePage>empty();
        });
    }

    /** The claim ids behind each of an actor's facts, by {@link Fact#key()}: what rejecting a whole fact rejects. */
    public Map<String, List<Long>> factClaimIds(long actorId) {
        return db.read(c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            factGroups(c, actorId, null, false, false).forEach(g -> out.put(g.key, g.claimIds(0, ALL)));
            return out;
        });
    }

    /**
     * Evidence of every fact claim attributed to someone ("according to ..."), corpus-wide, for the quotes on the
     * dossier; kept until the database changes.
     */
    public List<Evidence> attributedEvidence() {
        return attributed.get();
    }

    private List<Evidence> loadAttributed() {
        return db.read(c -> factGroups(c, null, null, true, true).stream()
                .flatMap(g -> g.claims.stream().map(FactGroup.Claim::evidence)).toList());
    }

    /** Claims grouped into facts; {@code withEvidence} reads each claim's sentence and document too. */
    private static Collection<FactGroup> factGroups(Connection c, Long actorId, Long documentId, boolean withEvidence)
            throws SQLException {
        return factGroups(c, actorId, documentId, withEvidence, false);
    }

    private static Collection<FactGroup> factGroups(Connection c, Long actorId, Long documentId, boolean withEvidence,
                                                      boolean attributedOnly) throws SQLException {
        String sql = "select f.kind, f.role, f.value, f.start_date, f.end_date, f.modality, f.sentence_idx, f.attribution,"
                + " ms.entity_id, es.name, mo.entity_id, eo.name, f.id, f.document_id, f.confidence"
                + (withEvidence ? ", s.text, s.begin_offset, s.end_offset, d.name, d.title, d.outlet, d.url, d.published" : "")
                + " from fact_claim f"
                + " join mention ms on ms.document_id = f.document_id and ms.idx = f.subject_idx"
                + " join entity es on es.id = ms.entity_id"
                + " left join mention mo on mo.document_id = f.document_id and mo.idx = f.object_idx"
                + " left join entity eo on eo.id = mo.entity_id"
                + (withEvidence ? " join sentence s on s.document_id = f.document_id and s.idx = f.sentence_idx"
                        + " join document d on d.id = f.document_id" : "")
                + " where (f.verdict is null or f.verdict <> 'REJECTED')"
                + (actorId == null ? "" : " and f.id in (select fc.id from mention m join fact_claim fc"
                        + " on fc.document_id = m.document_id and fc.subject_idx = m.idx where m.entity_id = ?"
                        + " union select fc.id from mention m join fact_claim fc on fc.document_id = m.document_id"
                        + " and fc.object_idx = m.idx where m.entity_id = ?)")
                + (documentId == null ? "" : " and f.document_id = ?")
                + (attributedOnly ? " and f.attribution is not null" : "")
                + " order by f.id";
        Map<String, FactGroup> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (actorId != null) {
                ps.setLong(i++, actorId);
                ps.setLong(i++, actorId);
            }
            if (documentId != null) {
                ps.setLong(i, documentId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addFactRow(groups, rs, withEvidence);
                }
            }
        }
        return FactGroup.foldImplicitPosts(groups.values());
    }

    /** The {@code limit} scored facts and events no analyst has judged, least certain first (see {@link ReviewQueue}). */
    public List<ReviewItem> reviewQueue(int limit) {
        return db.read(c -> ReviewQueue.load(c, limit));
    }

    /** A claim waiting for an analyst's verdict: {@code table} is fact_claim or event_claim; {@code claim} in words. */
    public record ReviewItem(String table, long claimId, String claim, double confidence, Evidence evidence) {
    }

    /** Posts, memberships and structure valid on {@code isoDate}, dated and undated, implied ends as their end. */
    public List<Fact> validOn(String isoDate) {
        PostsAsOf.Posts posts = postsOn(isoDate);
        return java.util.stream.Stream.concat(posts.dated().stream(), posts.undated().stream()).map(PostsAsOf.Held::asFact)
                .toList();
    }

    /**
     * Posts with an end the sources imply but do not state, by fact key ({@link PostsAsOf#impliedEnds}); read from the
     * whole corpus once per store version, as every dossier with an open post asks for it.
     */
    public Map<String, PostsAsOf.Held> impliedEnds() {
        return impliedEnds.get();
    }

    /** What held on {@code isoDate}, dated and undated apart, with the ends the sources imply (see {@link PostsAsOf}). */
    public PostsAsOf.Posts postsOn(String isoDate) {
        return PostsAsOf.load(db, this, isoDate);
    }

    private static void addFactRow(Map<String, FactGroup> groups, ResultSet rs, boolean withEvidence) throws SQLException {
        long subject = rs.getLong(9);
        long objectRaw = rs.getLong(11);
        Long object = rs.wasNull() ? null : objectRaw;
        if (object != null && object == subject) {
            return;
        }
        FactKind kind = FactKind.valueOf(rs.getString(1));
        String role = rs.getString(2);
        String value = rs.getString(3);
        String key = kind.code() + ":" + subject + ":" + (object == null ? "-" : object) + ":"
                + (role == null ? "" : role.toLowerCase(Locale.ROOT)) + (object == null && value != null ? ":" + value : "");
        Modality modality = Modality.valueOf(rs.getString(6));
        long claimId = rs.getLong(13);
        double p = rs.getDouble(15);
        Double confidence = rs.wasNull() ? null : p;
        Evidence ev = withEvidence ? new Evidence(claimId, rs.getLong(14), rs.getString(19), rs.getString(20),
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getInt(7), rs.getString(16), rs.getInt(17),
                rs.getInt(18), modality, rs.getString(8), confidence) : null;
        String subjectName = rs.getString(10);
        String objectName = rs.getString(12);
        groups.computeIfAbsent(key, k -> new FactGroup(k, kind, subject, subjectName, object, objectName, role,
                value)).add(claimId, modality, ev, rs.getString(4), rs.getString(5), value, confidence);
    }

    /** Rejected facts and events, the claims of one fact or event together, oldest first; at most {@code limit}. */
    public List<Views.Rejected> rejected(int limit) {
        return db.read(c -> RejectedClaims.list(c, limit));
    }

    static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
