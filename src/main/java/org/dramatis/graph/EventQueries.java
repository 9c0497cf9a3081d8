package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.EvidencePage;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;

/**
 * Events merged across reports, in one article or many: see {@link SameEvent} for when two reports tell one event.
 */
public final class EventQueries {
    private final Database db;

    public EventQueries(Database db) {
        this.db = db;
    }

    /** Merged events, oldest first; {@code actorId} or {@code documentId} narrow the list when not null. */
    public List<Event> events(Long actorId, Long documentId) {
        return events(actorId, documentId, GraphQueries.ALL);
    }

    /**
     * As {@link #events(Long, Long)}, each event carrying at most {@code evidenceLimit} reports (its first ones) and
     * the count of all; only the sentences shown are read.
     */
    public List<Event> events(Long actorId, Long documentId, int evidenceLimit) {
        if (evidenceLimit < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative, got " + evidenceLimit);
        }
        boolean all = evidenceLimit == GraphQueries.ALL;
        return db.read(c -> {
            List<List<Report>> groups = groups(c, actorId, documentId, all);
            Map<Long, Evidence> loaded = all ? Map.of() : EvidenceLoader.events(c, groups.stream()
                    .flatMap(g -> g.stream().limit(evidenceLimit).map(Report::id)).toList());
            List<Event> out = new ArrayList<>();
            for (List<Report> g : groups) {
                Event e = merge(g, evidenceLimit, loaded);
                boolean docOk = documentId == null || g.stream().anyMatch(r -> r.documentId == documentId);
                if (docOk) {
                    out.add(e);
                }
            }
            out.sort((a, b) -> compareDates(a.date(), b.date()));
            return out;
        });
    }

    /**
     * One page of the reports of one of an actor's events, in report order.
     *
     * @param eventKey an {@link Event#key()} from {@code events(actorId, ...)}
     * @return empty when the actor has no event with that key
     */
    public Optional<EvidencePage> eventEvidence(long actorId, String eventKey, int offset, int limit) {
        return db.read(c -> {
            for (List<Report> g : groups(c, actorId, null, false)) {
                if (key(g).equals(eventKey)) {
                    List<Long> ids = g.stream().skip(offset).limit(limit).map(Report::id).toList();
                    Map<Long, Evidence> byId = EvidenceLoader.events(c, ids);
                    return Optional.of(new EvidencePage(eventKey, g.size(), offset,
                            ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
                }
            }
            return Optional.<EvidencePage>empty();
        });
    }

    /** The claim ids behind each of an actor's events, by {@link Event#key()}: what rejecting a whole event rejects. */
    public Map<String, List<Long>> eventClaimIds(long actorId) {
        return db.read(c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            groups(c, actorId, null, false).forEach(g -> out.put(key(g), g.stream().map(Report::id).toList()));
            return out;
        });
    }

    /** Reports grouped into events, in order of their first report; for an actor only the events it takes part in. */
    private List<List<Report>> groups(Connection c, Long actorId, Long documentId, boolean withEvidence)
            throws SQLException {
        List<Report> reports = loadReports(c, actorId, documentId, withEvidence);
        // Reports are read dated first. A dated report is compared with the events of its type and year; an undated one
        // with those of its article, and of its type around its article's date (its year and the one before, or for
        // events told only undated, its month and the ones either side).
        Map<String, List<List<Report>>> buckets = new HashMap<>();
        Map<Long, List<List<Report>>> byDocument = new HashMap<>();
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            java.util.LinkedHashSet<List<Report>> candidates = new java.util.LinkedHashSet<>();
            List<String> keys = bucketKeys(r);
            keys.forEach(k -> candidates.addAll(buckets.getOrDefault(k, List.of())));
            if (r.date == null) {
                candidates.addAll(byDocument.getOrDefault(r.documentId, List.of()));
            }
            List<Report> home = null;
            for (List<Report> g : candidates) {
                if (SameEvent.joins(g, r)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                buckets.computeIfAbsent(ownKey(r), k -> new ArrayList<>()).add(home);
                groups.add(home);
            }
            home.add(r);
            List<List<Report>> ofDoc = byDocument.computeIfAbsent(r.documentId, k -> new ArrayList<>());
            if (!ofDoc.contains(home)) {
                ofDoc.add(home);
            }
        }
        if (actorId != null) {
            groups.removeIf(g -> g.stream().noneMatch(r -> r.participants.stream().anyMatch(p -> p.actorId() == actorId)));
        }
        return groups;
    }

    private static int compareDates(String a, String b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }

    /** The bucket an event first told by {@code r} is kept in. */
    private static String ownKey(Report r) {
        if (r.date != null) {
            return r.type + "|" + r.date.substring(0, 4);
        }
        return r.type + "|-" + (r.published == null ? "none" : r.published.substring(0, Math.min(7, r.published.length())));
    }

    /** The buckets whose events {@code r} may tell. */
    private static List<String> bucketKeys(Report r) {
        if (r.date != null) {
            return List.of(ownKey(r));
        }
        java.time.LocalDate story = PartialDates.low(r.published);
        if (story == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add(r.type + "|" + story.getYear());
        keys.add(r.type + "|" + (story.getYear() - 1));
        for (int m = -1; m <= 1; m++) {
            keys.add(r.type + "|-" + java.time.YearMonth.from(story).plusMonths(m));
        }
        return keys;
    }

    private static String key(List<Report> g) {
        return "ev" + g.get(0).id;
    }

    /** The event told by {@code g}, with the evidence of its first {@code limit} reports (carried, else in {@code loaded}). */
    private static Event merge(List<Report> g, int limit, Map<Long, Evidence> loaded) {
        Report first = g.get(0);
        String date = first.date;
        String place = first.place;
        Map<Long, Participant> participants = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Report r : g) {
            if (r.date != null && (date == null || r.date.length() > date.length())) {
                date = r.date;
            }
            if (place == null) {
                place = r.place;
            }
            r.participants.forEach(p -> participants.putIfAbsent(p.actorId(), p));
            Evidence ev = r.evidence != null ? r.evidence : loaded.get(r.id);
            if (evidence.size() < limit && ev != null) {
                evidence.add(ev);
            }
        }
        if (date == null) {
            date = reportedMonth(g);
        }
        return new Event(key(g), first.type, first.mode, date, place, first.summary,
                List.copyOf(participants.values()), evidence, g.size(), Views.highest(g.stream().map(Report::confidence)));
    }

    /**
     * The month an event no report dates was first reported in: what the text does not date happened by the time it was
     * told, and a news report tells what is recent (the deeds an article tells of an earlier time the rules date from
     * the story's own dates). Only the month, as the report may come a day or weeks after the deed; the publication's
     * year when that is all that is known, and null for reports of undated documents.
     */
    private static String reportedMonth(List<Report> g) {
        return g.stream().map(Report::published).filter(java.util.Objects::nonNull).min(String::compareTo)
                .map(p -> p.substring(0, Math.min(7, p.length()))).orElse(null);
    }

    /**
     * Event claims with their participants. For one actor, only the claims it takes part in are read: from its
     * mentions to their documents' claims, then to the participant row, so a dossier costs what the actor has, not
     * what the corpus has. The join order is forced because a participant's mention index alone (a small number) matches
     * rows in every document: started from there, one actor's events took seconds at 100,000 documents.
     */
    private static List<Report> loadReports(Connection c, Long actorId, Long documentId, boolean withEvidence)
            throws SQLException {
        String filter = "";
        if (actorId != null) {
            filter = " and ec.id in (select p.event_claim_id from mention m cross join event_claim x"
                    + " cross join event_participant p where m.entity_id = " + actorId.longValue()
                    + " and x.document_id = m.document_id and p.event_claim_id = x.id and p.mention_idx = m.idx)";
        } else if (documentId != null) {
            filter = " and ec.document_id = " + documentId.longValue();
        }
        Map<Long, Report> byId = new LinkedHashMap<>();
        String sql = "select ec.id, ec.document_id, ec.type, ec.mode, ec.date, ec.place, ec.summary, ec.modality,"
                + " ec.sentence_idx, ec.confidence, d.published"
                + (withEvidence ? ", s.text, s.begin_offset, s.end_offset, d.name, d.title, d.outlet, d.url"
                        + " from event_claim ec join sentence s on s.document_id = ec.document_id and s.idx = ec.sentence_idx"
                        + " join document d on d.id = ec.document_id"
                        : " from event_claim ec join document d on d.id = ec.document_id")
                + " where ec.modality in ('ASSERTED','ALLEGED') and (ec.verdict is null or ec.verdict <> 'REJECTED')"
                + filter
                + " order by coalesce(ec.date, '9999'), ec.id";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Modality modality = Modality.valueOf(rs.getString(8));
                double p = rs.getDouble(10);
                Double confidence = rs.wasNull() ? null : p;
                Evidence ev = withEvidence ? new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(15), rs.getString(16),
                        rs.getString(17), rs.getString(18), rs.getString(11), rs.getInt(9), rs.getString(12), rs.getInt(13),
                        rs.getInt(14), modality, null, confidence) : null;
                Report r = new Report(rs.getLong(1), rs.getLong(2), EventType.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(9), rs.getString(11), ev,
                        new ArrayList<>(), confidence);
                byId.put(r.id, r);
            }
        }
        String parts = "select p.event_claim_id, p.role, e.id, e.name, e.type from event_participant p"
                + " join event_claim ec on ec.id = p.event_claim_id"
                + " join mention m on m.document_id = ec.document_id and m.idx = p.mention_idx"
                + " join entity e on e.id = m.entity_id where 1 = 1" + filter;
        try (PreparedStatement ps = c.prepareStatement(parts); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Report r = byId.get(rs.getLong(1));
                if (r != null && r.participants.stream().noneMatch(p -> p.actorId() == safeLong(rs, 3))) {
                    r.participants.add(new Participant(rs.getLong(3), rs.getString(4), ActorType.valueOf(rs.getString(5)),
                            rs.getString(2)));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static long safeLong(ResultSet rs, int column) {
        try {
            return rs.getLong(column);
        } catch (java.sql.SQLException e) {
            throw new org.dramatis.model.DramatisException("cannot read event participant: " + e.getMessage(), e);
        }
    }

    /** One stored event claim with its resolved participants; {@code evidence} is null until its sentence is read. */
    record Report(long id, long documentId, EventType type, String mode, String date, String place, String summary,
                  int sentence, String published, Evidence evidence, List<Participant> participants, Double confidence) {
    }
}
