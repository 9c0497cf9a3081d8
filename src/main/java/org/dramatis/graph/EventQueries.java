package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;

/**
 * Events merged across reports: two event claims are one event when they have the same type, compatible dates
 * (equal, or one a prefix of the other: "2020-06" and "2020-06-25") and at least one participant in common, or no
 * participants and the same place.
 */
public final class EventQueries {
    private final Database db;

    public EventQueries(Database db) {
        this.db = db;
    }

    /** Merged events, oldest first; {@code actorId} or {@code documentId} narrow the list when not null. */
    public List<Event> events(Long actorId, Long documentId) {
        List<Report> reports = loadReports(actorId, documentId);
        // Only reports of the same type within the same year can be one event: group inside those buckets.
        Map<String, List<List<Report>>> buckets = new LinkedHashMap<>();
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            List<List<Report>> bucket = buckets.computeIfAbsent(r.type + "|" + (r.date == null ? "-" + r.id : r.date.substring(0, 4)),
                    k -> new ArrayList<>());
            List<Report> home = null;
            for (List<Report> g : bucket) {
                if (g.stream().allMatch(o -> sameEvent(o, r))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                bucket.add(home);
                groups.add(home);
            }
            home.add(r);
        }
        List<Event> out = new ArrayList<>();
        for (List<Report> g : groups) {
            Event e = merge(g);
            boolean actorOk = actorId == null || e.participants().stream().anyMatch(p -> p.actorId() == actorId);
            boolean docOk = documentId == null || e.evidence().stream().anyMatch(ev -> ev.documentId() == documentId);
            if (actorOk && docOk) {
                out.add(e);
            }
        }
        out.sort((a, b) -> compareDates(a.date(), b.date()));
        return out;
    }

    private static int compareDates(String a, String b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }

    static boolean sameEvent(Report a, Report b) {
        if (a.type != b.type || a.documentId == b.documentId && a.sentence != b.sentence) {
            return false;
        }
        if (a.date == null || b.date == null || !(a.date.startsWith(b.date) || b.date.startsWith(a.date))) {
            return false;
        }
        Set<Long> shared = new HashSet<>(a.actorIds());
        shared.retainAll(b.actorIds());
        if (!shared.isEmpty()) {
            return true;
        }
        return a.participants.isEmpty() && b.participants.isEmpty() && a.place != null && a.place.equalsIgnoreCase(b.place);
    }

    private static Event merge(List<Report> g) {
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
            evidence.add(r.evidence);
        }
        return new Event("ev" + first.id, first.type, first.mode, date, place, first.summary,
                List.copyOf(participants.values()), evidence);
    }

    /**
     * Event claims with their participants. For one actor, only the claims it takes part in are read (through the
     * mention index), so a dossier costs what the actor has, not what the corpus has.
     */
    private List<Report> loadReports(Long actorId, Long documentId) {
        String filter = "";
        if (actorId != null) {
            filter = " and ec.id in (select p.event_claim_id from mention m join event_participant p"
                    + " on p.mention_idx = m.idx join event_claim x on x.id = p.event_claim_id"
                    + " and x.document_id = m.document_id where m.entity_id = " + actorId.longValue() + ")";
        } else if (documentId != null) {
            filter = " and ec.document_id = " + documentId.longValue();
        }
        String where = filter;
        return db.inTransaction(c -> {
            Map<Long, Report> byId = new LinkedHashMap<>();
            String sql = "select ec.id, ec.document_id, ec.type, ec.mode, ec.date, ec.place, ec.summary, ec.modality,"
                    + " ec.sentence_idx, s.text, s.begin_offset, s.end_offset, d.name, d.title, d.outlet, d.url, d.published"
                    + " from event_claim ec join sentence s on s.document_id = ec.document_id and s.idx = ec.sentence_idx"
                    + " join document d on d.id = ec.document_id"
                    + " where ec.modality in ('ASSERTED','ALLEGED') and (ec.verdict is null or ec.verdict <> 'REJECTED')"
                    + where
                    + " order by coalesce(ec.date, '9999'), ec.id";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Modality modality = Modality.valueOf(rs.getString(8));
                    Evidence ev = new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(13), rs.getString(14), rs.getString(15),
                            rs.getString(16), rs.getString(17), rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getInt(12),
                            modality, null);
                    Report r = new Report(rs.getLong(1), rs.getLong(2), EventType.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(9), ev, new ArrayList<>());
                    byId.put(r.id, r);
                }
            }
            String parts = "select p.event_claim_id, p.role, e.id, e.name, e.type from event_participant p"
                    + " join event_claim ec on ec.id = p.event_claim_id"
                    + " join mention m on m.document_id = ec.document_id and m.idx = p.mention_idx"
                    + " join entity e on e.id = m.entity_id where 1 = 1" + where;
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
        });
    }

    private static long safeLong(ResultSet rs, int column) {
        try {
            return rs.getLong(column);
        } catch (java.sql.SQLException e) {
            throw new org.dramatis.model.DramatisException("cannot read event participant: " + e.getMessage(), e);
        }
    }

    /** One stored event claim with its resolved participants. */
    record Report(long id, long documentId, EventType type, String mode, String date, String place, String summary,
                  int sentence, Evidence evidence, List<Participant> participants) {
        Set<Long> actorIds() {
            Set<Long> ids = new HashSet<>();
            participants.forEach(p -> ids.add(p.actorId()));
            return ids;
        }
    }
}
