package org.dramatis.app;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dramatis.graph.Database;
import org.dramatis.graph.EntityStore;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.model.RefusedCorrection;
import org.dramatis.resolve.Decision;

/**
 * The analyst's corrections. A merge, rename or retype is stored as a decision about the actors the analyst chose:
 * their ids and the mentions they hold, by which every re-resolution and re-ingestion finds them again, so two actors
 * sharing a spelling are told apart. A split and an added spelling are decisions about names. Then the corpus is
 * re-resolved, and the correction's effect is checked: one that would change nothing is withdrawn and refused
 * ({@link RefusedCorrection}) with a message saying why and what to do instead. A correction's decisions are stored in
 * one transaction that also marks the entities stale; the re-resolution clears the mark when it commits. A crash in
 * between leaves the mark, and the next start re-resolves: the correction is then either wholly applied or absent.
 */
public final class Corrections {
    private final EntityStore store;
    private final GraphQueries graph;
    private final Resolution resolution;
    private final Database db;

    Corrections(EntityStore store, GraphQueries graph, Resolution resolution, Database db) {
        this.store = store;
        this.graph = graph;
        this.resolution = resolution;
        this.db = db;
    }

    /** What a correction did: its decision, a sentence for the analyst, and the actor to show now. */
    public record Outcome(long decisionId, String message, long actorId) {
    }

    /**
     * The two chosen actors are one. Refused when they are one already, when their types differ (retype one first), or
     * when an earlier split keeps their spellings apart.
     */
    public Outcome mergeActors(long leftId, long rightId) {
        ActorSummary left = live(leftId);
        ActorSummary right = live(rightId);
        if (left.id() == right.id()) {
            throw new RefusedCorrection(leftId == rightId
                    ? "an actor cannot be merged with itself: pick the other actor in 'Same actor as'"
                    : describe(right) + " is already " + describe(left) + ": nothing to merge");
        }
        if (!compatible(left.type(), right.type())) {
            throw new RefusedCorrection("an actor has one type, and " + describe(left) + " is a "
                    + left.type().label().toLowerCase(Locale.ROOT) + " while " + describe(right) + " is a "
                    + right.type().label().toLowerCase(Locale.ROOT) + ": change the type of one of them first (Type, on"
                    + " its page), then merge");
        }
        Decision.Anchors anchors = new Decision.Anchors(left.id(), store.mentionsOf(left.id()), right.id(),
                store.mentionsOf(right.id()));
        long id = decide(Decision.Kind.SAME, left.name(), right.name(), null, anchors);
        Optional<Long> l = store.actorOf(id, true);
        if (l.isEmpty() || !l.equals(store.actorOf(id, false))) {
            withdraw(id);
            throw new RefusedCorrection("merging " + describe(left) + " and " + describe(right) + " changed nothing: an"
                    + " earlier split keeps some of their spellings apart; undo that split on the decisions page,"
                    + " then merge");
        }
        long survivor = l.get();
        long gone = survivor == left.id() ? right.id() : left.id();
        ActorSummary now = live(survivor);
        return new Outcome(id, "Merged " + describe(gone == left.id() ? left : right) + " into " + describe(now) + ": "
                + now.mentions() + " mentions in " + now.documents() + " documents; #" + gone + " now leads here."
                + " Undo it on the decisions page.", survivor);
    }

    /** Gives the chosen actor another type; refused when it has that type already. */
    public Outcome retypeActor(long actorId, ActorType type) {
        ActorSummary a = live(actorId);
        if (a.type() == type) {
            throw new RefusedCorrection(describe(a) + " is already a " + type.label().toLowerCase(Locale.ROOT)
                    + ": pick another type");
        }
        long id = decide(Decision.Kind.RETYPE, a.name(), null, type.name(),
                new Decision.Anchors(a.id(), store.mentionsOf(a.id()), null, List.of()));
        ActorSummary now = store.actorOf(id, true).flatMap(this::summary).orElse(null);
        if (now == null || now.type() != type) {
            withdraw(id);
            throw new RefusedCorrection("retyping " + describe(a)
                    + " changed nothing; re-resolution gave it back its type");
        }
        return new Outcome(id, describe(now) + " is now a " + type.label().toLowerCase(Locale.ROOT) + " (was a "
                + a.type().label().toLowerCase(Locale.ROOT) + ").", now.id());
    }

    /** Shows the chosen actor under another name; refused when the name is empty or unchanged. */
    public Outcome renameActor(long actorId, String newName) {
        ActorSummary a = live(actorId);
        String name = require(newName, "new name");
        if (name.equals(a.name())) {
            throw new RefusedCorrection(describe(a) + " already has this name: type the new name");
        }
        long id = decide(Decision.Kind.RENAME, a.name(), null, name,
                new Decision.Anchors(a.id(), store.mentionsOf(a.id()), null, List.of()));
        long now = store.actorOf(id, true).orElse(a.id());
        return new Outcome(id, "'" + a.name() + "' (#" + a.id() + ") is now shown as '" + name + "'.", now);
    }

    private long decide(Decision.Kind kind, String left, String right, String value, Decision.Anchors anchors) {
        long id = store.addDecisions(List.of(new EntityStore.NewDecision(kind, left, right, value, anchors))).get(0);
        resolution.rebuild();
        return id;
    }

    /** Takes back a decision that changed nothing, so it is neither replayed nor listed. */
    private void withdraw(long decisionId) {
        store.withdrawDecision(decisionId);
        resolution.rebuild();
    }

    /** A live actor by id, following the redirect of an actor merged away; refused when there is none. */
    private ActorSummary live(long id) {
        long now = store.redirect(id).orElse(id);
        return summary(now).orElseThrow(() -> new RefusedCorrection("there is no actor #" + id
                + " any more (a re-resolution or another correction removed it): reload the page and choose again"));
    }

    private Optional<ActorSummary> summary(long id) {
        return graph.actor(id).map(ActorDetail::actor);
    }

    private static String describe(ActorSummary a) {
        return "'" + a.name() + "' (#" + a.id() + ")";
    }

    private static boolean compatible(ActorType a, ActorType b) {
        return a == b || (place(a) && place(b));
    }

    private static boolean place(ActorType t) {
        return t == ActorType.COUNTRY || t == ActorType.LOCATION;
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

    /** Moves spellings of the chosen actor to a new actor; the part with more mentions keeps the id. */
    public Outcome splitActor(long actorId, List<String> names) {
        ActorSummary a = live(actorId);
        long id = split(graph.actor(a.id()).orElseThrow().names(), names);
        long now = store.redirect(a.id()).orElse(a.id());
        String moved = String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
        return new Outcome(id, "Moved " + moved + " out of "
                + describe(a) + " into an actor of its own.", now);
    }

    /** Makes a spelling join the chosen actor wherever it occurs, now and in later articles. */
    public Outcome addSpelling(long actorId, String spelling) {
        ActorSummary a = live(actorId);
        String alias = require(spelling, "spelling");
        if (graph.actor(a.id()).orElseThrow().names().stream().anyMatch(n -> n.name().equals(alias))) {
            throw new RefusedCorrection("'" + alias + "' is already a spelling of " + describe(a));
        }
        long id = merge(alias, a.name());
        long now = store.redirect(a.id()).orElse(a.id());
        boolean joined = graph.actor(now).map(x -> x.names().stream().anyMatch(n -> n.name().equals(alias)))
                .orElse(false);
        return new Outcome(id, joined ? "'" + alias + "' is now a spelling of " + describe(a) + "."
                : "'" + alias + "' will join " + describe(a) + " wherever an article uses it (none does yet).", now);
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
        return undoDecision(decisionId).isPresent();
    }

    /** Takes a decision back and says what came back; empty when no active decision has this id. */
    public Optional<Outcome> undoDecision(long decisionId) {
        Decision d = store.activeDecisions().stream().filter(x -> x.id() == decisionId).findFirst().orElse(null);
        if (d == null || !store.undoDecision(decisionId)) {
            return Optional.empty();
        }
        resolution.rebuild();
        if (!d.onActors()) {
            return Optional.of(new Outcome(decisionId, "Undid decision #" + decisionId + " (" + d.kind().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + " on '" + d.left() + "').", -1));
        }
        long left = store.actorOf(decisionId, true).orElse(-1L);
        String what = switch (d.kind()) {
            case SAME -> "the merge of '" + d.left() + "' and '" + d.right() + "': #" + left + " and #"
                    + store.actorOf(decisionId, false).orElse(-1L) + " are apart again";
            case RETYPE -> "the retype of '" + d.left() + "' (#" + left + ")";
            default -> "the renaming of '" + d.left() + "' (#" + left + ")";
        };
        return Optional.of(new Outcome(decisionId, "Undid decision #" + decisionId + ", " + what + ".", left));
    }

    /** Takes back the verdict on claims: a rejected fact or event returns to the graph. */
    public int clearVerdict(String table, List<Long> claimIds) {
        return verdict(table, claimIds, null);
    }

    /** Confirms or rejects every claim behind a fact or event; rejected ones leave the graph but stay stored. */
    public int setVerdict(String table, List<Long> claimIds, boolean confirmed) {
        return verdict(table, claimIds, confirmed ? "CONFIRMED" : "REJECTED");
    }

    private int verdict(String table, List<Long> claimIds, String verdict) {
        if (!table.equals("fact_claim") && !table.equals("event_claim")) {
            throw new DramatisException("unknown claim table " + table);
        }
        return db.inTransaction(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("update " + table + " set verdict = ? where id = ?")) {
                for (long id : claimIds) {
                    ps.setString(1, verdict);
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
