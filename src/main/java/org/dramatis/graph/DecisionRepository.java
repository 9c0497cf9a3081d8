package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.resolve.Decision;

/**
 * The analyst's decisions ({@code decision}, {@code decision_anchor}), replayed on every full re-resolution. Storing,
 * undoing or withdrawing one raises the wanted version of {@link ResolutionState} in the same transaction: the entities
 * are stale until the next full re-resolution.
 */
public final class DecisionRepository {
    /** The author of decisions made on a workbench without accounts, by scripts and by the command line. */
    public static final String LOCAL = "local";

    private final Database db;
    private final String author;
    /** The actor as the analyst saw it, checked when decisions are stored; null for no check. */
    private final ActorVersion seen;

    public DecisionRepository(Database db) {
        this(db, LOCAL, null);
    }

    private DecisionRepository(Database db, String author, ActorVersion seen) {
        this.db = db;
        this.author = author;
        this.seen = seen;
    }

    /** The same repository, signing the decisions it stores with {@code author} (an account's name). */
    public DecisionRepository signedBy(String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a decision's author is empty");
        }
        return new DecisionRepository(db, author, seen);
    }

    /**
     * The same repository, storing decisions only while the actor is still at the version the analyst saw
     * ({@link ActorVersion#check}, in the storing transaction); otherwise {@link org.dramatis.model.ChangedMeanwhile}.
     */
    public DecisionRepository seeing(ActorVersion version) {
        return new DecisionRepository(db, author, version);
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

    /** A decision as the history shows it: when and by whom it was made ({@link #LOCAL} without accounts). */
    public record DecisionRow(Decision decision, String createdAt, boolean undone, String author) {
    }

    /** Stores a decision and returns its id. */
    public long addDecision(Decision.Kind kind, String left, String right, String value) {
        return addDecisions(List.of(new NewDecision(kind, left, right, value))).get(0);
    }

    /**
     * Stores decisions that make one correction, all or none, and returns their ids in order. The actors they are
     * about stay marked as corrected until the re-resolution that applies them, so that a concurrent correction of one
     * of them against the version its author saw is refused.
     */
    public List<Long> addDecisions(List<NewDecision> decisions) {
        return db.inTransaction(c -> {
            if (seen != null) {
                seen.check(c);
            }
            List<Long> ids = DecisionRows.insert(c, decisions, author);
            ResolutionState.bumpWanted(c);
            java.util.Set<Long> actors = new java.util.TreeSet<>();
            for (NewDecision d : decisions) {
                if (d.anchors() != null) {
                    actors.add(d.anchors().leftActor());
                    if (d.anchors().rightActor() != null) {
                        actors.add(d.anchors().rightActor());
                    }
                }
            }
            ActorVersion.markCorrected(c, actors);
            return ids;
        });
    }

    /**
     * Who rejected these claims of {@code table} ("fact_claim" or "event_claim"), for the rule that only they or an
     * admin restore them, as for undoing a decision; claims rejected before accounts existed have no name.
     */
    public java.util.Set<String> rejectedBy(String table, List<Long> claimIds) {
        if (!table.equals("fact_claim") && !table.equals("event_claim")) {
            throw new IllegalArgumentException("unknown claim table " + table);
        }
        return db.read(c -> {
            java.util.Set<String> who = new java.util.TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("select verdict_by from " + table
                    + " where id = ? and verdict = 'REJECTED' and verdict_by is not null")) {
                for (long id : claimIds) {
                    ps.setLong(1, id);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            who.add(rs.getString(1));
                        }
                    }
                }
            }
            return who;
        });
    }

    /** The stored entity holding each mention that a decision about chosen actors finds them by. */
    public Map<Decision.MentionRef, Long> anchorHolders() {
        return db.read(DecisionRows::anchorHolders);
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
    public Optional<Long> actorOf(long decisionId, boolean left) {
        long id = db.read(c -> DecisionRows.holder(c, decisionId, left ? "L" : "R"));
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    /** Marks a decision undone; it stays in the history but is no longer replayed. */
    public boolean undoDecision(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update decision set undone = 1 where id = ? and undone = 0")) {
                ps.setLong(1, id);
                boolean undone = ps.executeUpdate() == 1;
                if (undone) {
                    ResolutionState.bumpWanted(c);
                }
                return undone;
            }
        });
    }

    /** Removes a decision that was refused after it was tried (it changed nothing), with the mentions it named. */
    public void withdrawDecision(long id) {
        db.inTransaction(c -> {
            for (String sql : List.of("delete from decision_anchor where decision_id = ?", "delete from decision where id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            ResolutionState.bumpWanted(c);
            return null;
        });
    }

    /** One decision with its time, author and state, or empty. */
    public Optional<DecisionRow> find(long id) {
        return db.read(c -> DecisionRows.read(c, "where id = " + id, false)).stream().findFirst();
    }

    /** Decisions still in force, oldest first: the order in which they are replayed. */
    public List<Decision> activeDecisions() {
        return db.read(c -> DecisionRows.read(c, "where undone = 0 order by id", true)).stream()
                .map(DecisionRow::decision).toList();
    }

    /** Every decision with its time and state, newest first, for the history view (actors without their mentions). */
    public List<DecisionRow> history() {
        return db.read(c -> DecisionRows.read(c, "order by id desc", false));
    }
}
