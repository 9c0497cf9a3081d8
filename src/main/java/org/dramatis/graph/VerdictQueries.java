package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysts' verdicts on single claims (a fact or event confirmed or rejected in the workbench), with what a trainer
 * needs to learn from them: the document's text, the sentence, the trigger word or the two mentions' spans and types.
 */
public final class VerdictQueries {
    private final Database db;

    public VerdictQueries(Database db) {
        this.db = db;
    }

    /**
     * A verdict on one claim. {@code label} is the event type or fact kind; for a fact, {@code subject*} and
     * {@code object*} are the mentions' character spans and actor types; for an event, {@code trigger} is its word.
     */
    public record Verdict(long documentId, String text, int sentence, boolean confirmed, boolean event, String label,
                          String trigger, int subjectBegin, int subjectEnd, String subjectType,
                          int objectBegin, int objectEnd, String objectType) {
    }

    /** Every confirmed or rejected claim, events first, in id order. */
    public List<Verdict> all() {
        return db.read(c -> {
            List<Verdict> out = new ArrayList<>();
            String events = "select ec.document_id, d.text, ec.sentence_idx, ec.verdict, ec.type, ec.trigger_word"
                    + " from event_claim ec join document d on d.id = ec.document_id"
                    + " where ec.verdict in ('CONFIRMED','REJECTED') and ec.trigger_word is not null order by ec.id";
            try (PreparedStatement ps = c.prepareStatement(events); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Verdict(rs.getLong(1), rs.getString(2), rs.getInt(3), "CONFIRMED".equals(rs.getString(4)),
                            true, rs.getString(5), rs.getString(6), -1, -1, null, -1, -1, null));
                }
            }
            String facts = "select f.document_id, d.text, f.sentence_idx, f.verdict, f.kind,"
                    + " ms.begin_offset, ms.end_offset, ms.type, mo.begin_offset, mo.end_offset, mo.type"
                    + " from fact_claim f join document d on d.id = f.document_id"
                    + " join mention ms on ms.document_id = f.document_id and ms.idx = f.subject_idx"
                    + " join mention mo on mo.document_id = f.document_id and mo.idx = f.object_idx"
                    + " where f.verdict in ('CONFIRMED','REJECTED') order by f.id";
            try (PreparedStatement ps = c.prepareStatement(facts); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Verdict(rs.getLong(1), rs.getString(2), rs.getInt(3), "CONFIRMED".equals(rs.getString(4)),
                            false, rs.getString(5), null, rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
                            rs.getInt(10), rs.getString(11)));
                }
            }
            return out;
        });
    }
}
