package org.dramatis.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dramatis.graph.Views;
import org.dramatis.model.ActorType;
import org.dramatis.model.CorrectionNotApplied;
import org.dramatis.model.RefusedCorrection;

/**
 * Records every correction the web layer asks for, answering with increasing decision ids; merging an actor with
 * itself is refused, as the real corrections refuse it.
 */
final class FakeCorrector implements Corrector {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    /** Who signed the last correction. */
    volatile String author;
    private long next = 100;

    private synchronized Outcome done(String call, Long actorId) {
        calls.add(call);
        return new Outcome(next++, "done: " + call, actorId);
    }

    /** The fake keeps no versions: every correction goes through. */
    @Override
    public Corrector seeing(org.dramatis.graph.ActorVersion version) {
        return this;
    }

    @Override
    public Outcome merge(String author, long leftId, long rightId) {
        this.author = author;
        if (leftId == rightId) {
            throw new RefusedCorrection("an actor cannot be merged with itself: pick the other actor");
        }
        return done("merge #" + leftId + " | #" + rightId, Math.min(leftId, rightId));
    }

    @Override
    public Outcome split(String author, long actorId, List<Views.NameCount> allNames, List<String> namesToMove) {
        this.author = author;
        return done("split #" + actorId + " " + allNames.size() + " " + namesToMove, actorId);
    }

    @Override
    public Outcome rename(String author, long actorId, String newName) {
        this.author = author;
        if (newName.equals("explode")) {
            throw new IllegalStateException("secret internal detail");
        }
        if (newName.equals("stored, not applied")) {
            throw new CorrectionNotApplied("correction #" + next, new IllegalStateException("secret internal detail"));
        }
        return done("rename #" + actorId + " | " + newName, actorId);
    }

    @Override
    public Outcome retype(String author, long actorId, ActorType type) {
        this.author = author;
        return done("retype #" + actorId + " | " + type, actorId);
    }

    @Override
    public Outcome addSpelling(String author, long actorId, String spelling) {
        this.author = author;
        return done("alias #" + actorId + " | " + spelling, actorId);
    }

    @Override
    public Outcome undo(long decisionId) {
        calls.add("undo " + decisionId);
        return decisionId == 7 ? new Outcome(7, "Undid decision #7.", null) : null;
    }

    @Override
    public int setVerdict(String author, String table, List<Long> claimIds, boolean confirmed) {
        this.author = author;
        calls.add("verdict " + table + " " + claimIds + " " + confirmed);
        return claimIds.size();
    }

    @Override
    public int clearVerdict(String author, String table, List<Long> claimIds) {
        this.author = author;
        calls.add("restore " + table + " " + claimIds);
        return claimIds.size();
    }

    String last() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }
}
