package org.dramatis.app;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.graph.Database;
import org.dramatis.graph.EntityStore;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.Decision;

/**
 * The analyst's corrections. Each is stored as a decision about names, not about entity ids, so it is replayed on
 * every re-resolution and survives re-ingestion; then the corpus is re-resolved. A correction's decisions are stored in
 * one transaction that also marks the entities stale; the re-resolution clears the mark when it commits. A crash in
 * between leaves the mark, and the next start re-resolves: the correction is then either wholly applied or absent.
 */
public final class Corrections {
    private final EntityStore store;
    private final Resolution resolution;
    private final Database db;

    Corrections(EntityStore store, Resolution resolution, Database db) {
        this.store = store;
        this.resolution = resolution;
        this.db = db;
    }

    /** The two actors are one: their main names are declared the same. */
    public long merge(String leftName, String rightName) {
        long id = store.addDecision(Decision.Kind.SAME, require(leftName, "left name"), require(rightName, "right name"), null);
        resolution.rebuild();
        return id;
    }

    /**
     * Moves {@code names} out of the actor whose names are {@code allNames}: each moved name is declared not the same
     * as each remaining one, and the moved names stay together.
     */
    public long split(List<NameCount> allNames, List<String> names) {
        if (names.isEmpty()) {
            throw new DramatisException("split needs at least one name to move out");
        }
        List<String> remaining = allNames.stream().map(NameCount::name).filter(n -> !names.contains(n)).toList();
        if (remaining.isEmpty()) {
            throw new DramatisException("split would move every name out: keep at least one");
        }
        List<EntityStore.NewDecision> decisions = new ArrayList<>();
        for (String moved : names) {
            for (String stay : remaining) {
                decisions.add(new EntityStore.NewDecision(Decision.Kind.NOT_SAME, moved, stay, null));
            }
        }
        for (int i = 1; i < names.size(); i++) {
            decisions.add(new EntityStore.NewDecision(Decision.Kind.SAME, names.get(0), names.get(i), null));
        }
        // One transaction: a crash never leaves half a split to be replayed.
        long first = store.addDecisions(decisions).get(0);
        resolution.rebuild();
        return first;
    }

    public long rename(String name, String newName) {
        long id = store.addDecision(Decision.Kind.RENAME, require(name, "name"), null, require(newName, "new name"));
        resolution.rebuild();
        return id;
    }

    public long retype(String name, ActorType type) {
        long id = store.addDecision(Decision.Kind.RETYPE, require(name, "name"), null, type.name());
        resolution.rebuild();
        return id;
    }

    /**
     * Re-resolves the corpus, e.g. after the user added an alias list or a glossary. Marked as wanted first, so a crash
     * before it finishes is made good at the next start ({@link #finishInterrupted}).
     */
    public void reresolve() {
        store.requestReresolution();
        resolution.rebuild();
    }

    /**
     * Finishes what a crash cut short: a re-resolution a stored correction asked for, or documents stored but not
     * resolved. Returns whether there was anything to do.
     */
    public boolean finishInterrupted() {
        return resolution.finishInterrupted();
    }

    /** Takes a decision back; the corpus is re-resolved without it. */
    public boolean undo(long decisionId) {
        boolean undone = store.undoDecision(decisionId);
        if (undone) {
            resolution.rebuild();
        }
        return undone;
    }

    /** Confirms or rejects every claim behind a fact or event; rejected ones leave the graph but stay stored. */
    public int setVerdict(String table, List<Long> claimIds, boolean confirmed) {
        if (!table.equals("fact_claim") && !table.equals("event_claim")) {
            throw new DramatisException("unknown claim table " + table);
        }
        return db.inTransaction(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("update " + table + " set verdict = ? where id = ?")) {
                for (long id : claimIds) {
                    ps.setString(1, confirmed ? "CONFIRMED" : "REJECTED");
                    ps.setLong(2, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DramatisException(what + " is empty");
        }
        return value.trim();
    }
}
