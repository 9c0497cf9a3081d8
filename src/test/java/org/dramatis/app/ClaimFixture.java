package org.dramatis.app;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Adds a fact or event claim between two mentions of one stored sentence, for tests on a store ingested with the
 * stand-in tagger, whose text has no verbs the relation rules read: the claim is what CoreNLP would have given.
 */
final class ClaimFixture {
    /** How the sentence the claims are stated in begins ({@link ActorCorrectionsTest#PERSON}). */
    static final String SENTENCE_START = "Sami Duri met Layla Nouri";

    private ClaimFixture() {
    }

    /** An "associate" fact from the first mention of {@code subject} to {@code object} in the same sentence. */
    static long factBetween(Dramatis d, String subject, String object) {
        long[] at = pair(d, subject, object);
        return d.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into fact_claim(document_id, kind, subject_idx,"
                    + " object_idx, modality, sentence_idx) values (?, 'ASSOCIATE', ?, ?, 'ASSERTED', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, at[0]);
                ps.setLong(2, at[1]);
                ps.setLong(3, at[2]);
                ps.setLong(4, at[3]);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** A meeting of the two, dated, with both as participants. */
    static long meetingOf(Dramatis d, String first, String second, String date) {
        long[] at = pair(d, first, second);
        return d.database().inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into event_claim(document_id, type, date, modality,"
                    + " sentence_idx, trigger_word) values (?, 'CONSULT', ?, 'ASSERTED', ?, 'met')",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, at[0]);
                ps.setString(2, date);
                ps.setLong(3, at[3]);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into event_participant(event_claim_id, mention_idx, role) values (?, ?, ?)")) {
                for (int i = 1; i <= 2; i++) {
                    ps.setLong(1, id);
                    ps.setLong(2, at[i]);
                    ps.setString(3, "PARTICIPANT");
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** {document, first mention, second mention, sentence} of the first sentence naming both. */
    private static long[] pair(Dramatis d, String first, String second) {
        return d.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select a.document_id, a.idx, b.idx, a.sentence_idx"
                    + " from mention a join mention b on b.document_id = a.document_id and b.sentence_idx = a.sentence_idx"
                    + " where a.text = ? and b.text = ? order by a.document_id, a.idx limit 1")) {
                ps.setString(1, first);
                ps.setString(2, second);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("no sentence names both '" + first + "' and '" + second + "'");
                    }
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
                }
            }
        });
    }
}
