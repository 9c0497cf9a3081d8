package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.graph.Views.Evidence;

/**
 * The claims the models are least sure of and no analyst has judged yet: facts and events stated or alleged, scored,
 * with no verdict, least probable first. Confirming or rejecting one takes it off the queue and, through
 * {@code dramatis train --with-verdicts}, into the training data.
 */
final class ReviewQueue {
    private ReviewQueue() {
    }

    static List<GraphQueries.ReviewItem> load(Connection c, int limit) throws SQLException {
        List<GraphQueries.ReviewItem> rows = new ArrayList<>();
        String facts = "select f.id, f.kind, f.role, es.name, eo.name, f.value, f.confidence from fact_claim f"
                + " join mention ms on ms.document_id = f.document_id and ms.idx = f.subject_idx"
                + " join entity es on es.id = ms.entity_id"
                + " left join mention mo on mo.document_id = f.document_id and mo.idx = f.object_idx"
                + " left join entity eo on eo.id = mo.entity_id"
                + " where f.verdict is null and f.confidence is not null and f.modality in ('ASSERTED','ALLEGED')"
                + " order by f.confidence, f.id limit ?";
        try (PreparedStatement ps = c.prepareStatement(facts)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(2).toLowerCase(Locale.ROOT).replace('_', ' ');
                    String role = rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")";
                    String object = rs.getString(5) != null ? rs.getString(5) : rs.getString(6) == null ? "" : rs.getString(6);
                    rows.add(new GraphQueries.ReviewItem("fact_claim", rs.getLong(1),
                            rs.getString(4) + " — " + kind + role + " — " + object, rs.getDouble(7), null));
                }
            }
        }
        String events = "select ec.id, ec.type, ec.mode, ec.summary, ec.confidence from event_claim ec"
                + " where ec.verdict is null and ec.confidence is not null and ec.modality in ('ASSERTED','ALLEGED')"
                + " order by ec.confidence, ec.id limit ?";
        try (PreparedStatement ps = c.prepareStatement(events)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2).toLowerCase(Locale.ROOT) + (rs.getString(3) == null ? "" : " / " + rs.getString(3));
                    rows.add(new GraphQueries.ReviewItem("event_claim", rs.getLong(1), type + ": "
                            + (rs.getString(4) == null ? "" : rs.getString(4)), rs.getDouble(5), null));
                }
            }
        }
        rows.sort(Comparator.comparingDouble(GraphQueries.ReviewItem::confidence)
                .thenComparingLong(GraphQueries.ReviewItem::claimId));
        List<GraphQueries.ReviewItem> first = rows.subList(0, Math.min(limit, rows.size()));
        Map<Long, Evidence> factEvidence = EvidenceLoader.facts(c, idsOf(first, "fact_claim"));
        Map<Long, Evidence> eventEvidence = EvidenceLoader.events(c, idsOf(first, "event_claim"));
        return first.stream().map(i -> new GraphQueries.ReviewItem(i.table(), i.claimId(), i.claim(), i.confidence(),
                (i.table().equals("fact_claim") ? factEvidence : eventEvidence).get(i.claimId()))).toList();
    }

    private static List<Long> idsOf(List<GraphQueries.ReviewItem> items, String table) {
        return items.stream().filter(i -> i.table().equals(table)).map(GraphQueries.ReviewItem::claimId).toList();
    }
}
