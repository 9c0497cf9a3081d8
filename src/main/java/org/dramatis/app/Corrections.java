package org.dramatis.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dramatis.graph.ClaimVerdicts;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.DecisionRepository.NewDecision;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.ResolutionState;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.CorrectionNotApplied;
import org.dramatis.model.DramatisException;
import org.dramatis.model.RefusedCorrection;
import org.dramatis.resolve.Decision;

/**
 * The analyst's corrections. A merge, rename or retype is stored as a decision about the actors the analyst chose:
 * their ids and the mentions they hold, by which every re-resolution and re-ingestion finds them again, so two actors
 * sharing a spelling are told apart; a split and an added spelling find the chosen actor the same way. (The forms
 * taking names, {@link #merge(String, String)}, {@link #split}, {@link #rename} and {@link #retype}, are rulings on
 * names for scripts and tests that know no actor ids; the workbench and the API use the forms taking actors.) Then
 * the corpus is re-resolved, and the correction's effect is checked: one that would change nothing is withdrawn and
 * refused ({@link RefusedCorrection}) with a message saying why and what to do instead. A correction's decisions are
 * stored in one transaction that also marks the entities stale; the re-resolution clears the mark when it commits. A
 * crash or failure in between leaves the mark; the next start, ingest or correction of the actor re-resolves.
 */
public final class Corrections {
    private final DecisionRepository decisions;
    private final EntityRepository entities;
    private final ResolutionState state;
    private final GraphQueries graph;
    private final Resolution resolution;
    private final ClaimVerdicts verdicts;

    Corrections(DecisionRepository decisions, EntityRepository entities, ResolutionState state, GraphQueries graph,
                Resolution resolution, ClaimVerdicts verdicts) {
        this.decisions = decisions;
        this.entities = entities;
        this.state = state;
        this.graph = graph;
        this.resolution = resolution;
        this.verdicts = verdicts;
    }

    /** The same corrections, signing their decisions and verdicts with {@code author} (an account's name). */
    public Corrections by(String author) {
        return new Corrections(decisions.signedBy(author), entities, state, graph, resolution, verdicts.signedBy(author));
    }

    /**
     * The same corrections, made only while the actor they are about is still as the analyst saw it; otherwise
     * refused with {@link org.dramatis.model.ChangedMeanwhile} and nothing stored (checked when the decisions are).
     */
    public Corrections seeing(org.dramatis.graph.ActorVersion version) {
        return new Corrections(decisions.seeing(version), entities, state, graph, resolution, verdicts);
    }

    /** What a correction did: its decision, a sentence for the analyst, and the actor to show now. */
    public record Outcome(long decisionId, String message, long actorId) {
    }

    /**
     * The two chosen actors are one. Refused when they are one already, when their types differ (retype one first), or
     * when an earlier split keeps their spellings apart.
     */
    public Outcome mergeActors(long leftId, long rightId) {
        ActorSummary left = correcting(leftId);
        ActorSummary right = correcting(rightId);
        if (left.id() == right.id()) {
            throw new RefusedCorrection(leftId == rightId
                    ? "an actor cannot be merged with itself: pick the other actor in 'Same actor as'"
                    : describe(right) + " is already " + describe(left) + ": nothing to merge");
        }
        if (!compatible(left.type(), right.type())) {
            // The reading fewer mentions carry is the one to change (the left one on a tie).
            ActorSummary change = right.mentions() < left.mentions() ? right : left;
            ActorSummary keep = change == left ? right : left;
            throw new RefusedCorrection("an actor has one type, and " + describe(left) + " is a " + label(left)
                    + " while " + describe(right) + " is a " + label(right) + ": change the type of one of them first,"
                    + " e.g. make " + describe(change) + " a " + label(keep) + " (Type, on its page: /actors/"
                    + change.id() + "#corrections), then merge");
        }
        Decision.Anchors anchors = new Decision.Anchors(left.id(), decisions.mentionsOf(left.id()), right.id(),
                decisions.mentionsOf(right.id()));
        long id = decide(Decision.Kind.SAME, left.name(), right.name(), null, anchors);
        Optional<Long> l = decisions.actorOf(id, true);
        if (l.isEmpty() || !l.equals(decisions.actorOf(id, false))) {
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
        ActorSummary a = correcting(actorId);
        if (a.type() == type) {
            throw new RefusedCorrection(describe(a) + " is already a " + type.label().toLowerCase(Locale.ROOT)
                    + ": pick another type");
        }
        long id = decide(Decision.Kind.RETYPE, a.name(), null, type.name(),
                new Decision.Anchors(a.id(), decisions.mentionsOf(a.id()), null, List.of()));
        ActorSummary now = decisions.actorOf(id, true).flatMap(this::summary).orElse(null);
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
        ActorSummary a = correcting(actorId);
        String name = require(newName, "new name");
        if (name.equals(a.name())) {
            throw new RefusedCorrection(describe(a) + " already has this name: type the new name");
        }
        long id = decide(Decision.Kind.RENAME, a.name(), null, name,
                new Decision.Anchors(a.id(), decisions.mentionsOf(a.id()), null, List.of()));
        long now = decisions.actorOf(id, true).orElse(a.id());
        return new Outcome(id, "'" + a.name() + "' (#" + a.id() + ") is now shown as '" + name + "'.", now);
    }

    private long decide(Decision.Kind kind, String left, String right, String value, Decision.Anchors anchors) {
        long id = decisions.addDecisions(List.of(new NewDecision(kind, left, right, value, anchors))).get(0);
        apply("correction #" + id);
        return id;
    }

    /**
     * Re-resolves after {@code what} was stored; a re-resolution that throws leaves it stored and pending, and says so
     * ({@link CorrectionNotApplied}) instead of failing as if nothing had been kept.
     */
    private void apply(String what) {
        try {
            resolution.rebuild();
        } catch (RefusedCorrection e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorrectionNotApplied(what, e);
        }
    }

    /** Takes back a decision that changed nothing, so it is neither replayed nor listed. */
    private void withdraw(long decisionId) {
        decisions.withdrawDecision(decisionId);
        apply("the withdrawal of correction #" + decisionId);
    }

    /** The live actor a correction starts from, with an earlier correction of it that failed to apply applied first. */
    private ActorSummary correcting(long id) {
        resolution.applyPendingCorrection(id);
        return live(id);
    }

    /** A live actor by id, following the redirect of an actor merged away; refused when there is none. */
    private ActorSummary live(long id) {
        long now = entities.redirect(id).orElse(id);
        return summary(now).orElseThrow(() -> new RefusedCorrection("there is no actor #" + id
                + " any more (a re-resolution or another correction removed it): reload the page and choose again"));
    }

    private Optional<ActorSummary> summary(long id) {
        return graph.actor(id).map(ActorDetail::actor);
    }

    private static String describe(ActorSummary a) {
        return "'" + a.name() + "' (#" + a.id() + ")";
    }

    private static String label(ActorSummary a) {
        return a.type().label().toLowerCase(Locale.ROOT);
    }

    private static boolean compatible(ActorType a, ActorType b) {
        return a == b || (place(a) && place(b));
    }

    private static boolean place(ActorType t) {
        return t == ActorType.COUNTRY || t == ActorType.LOCATION;
    }

    /** The two actors are one: their main names are declared the same. */
    public long merge(String leftName, String rightName) {
        long id = decisions.addDecision(Decision.Kind.SAME, require(leftName, "left name"), require(rightName, "right name"), null);
        apply("correction #" + id);
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
        List<NewDecision> toStore = new ArrayList<>();
        for (String moved : names) {
            for (String stay : remaining) {
                toStore.add(new NewDecision(Decision.Kind.NOT_SAME, moved, stay, null));
            }
        }
        for (int i = 1; i < names.size(); i++) {
            toStore.add(new NewDecision(Decision.Kind.SAME, names.get(0), names.get(i), null));
        }
        // One transaction: a crash never leaves half a split to be replayed.
        long first = this.decisions.addDecisions(toStore).get(0);
        apply("correction #" + first);
        return first;
    }

    /**
     * Moves spellings of the chosen actor to an actor of their own; the part with more mentions keeps the id. The
     * moved mentions are this actor's own, found by the mentions it holds now: another actor sharing a spelling is left
     * alone. The first pair of names ruled apart records which mentions stay and which go; the moved spellings are
     * joined by their mentions; and every moved spelling is ruled apart from every staying one by name, so that later
     * articles keep them apart too. Refused, with the reason, when a name is not the actor's, when every name would
     * move, or when the actor did not come apart.
     */
    public Outcome splitActor(long actorId, List<String> names) {
        ActorSummary a = correcting(actorId);
        List<String> moved = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        List<String> spellings = graph.actor(a.id()).orElseThrow().names().stream().map(NameCount::name).toList();
        if (moved.isEmpty()) {
            throw new RefusedCorrection("tick at least one spelling of " + describe(a) + " to move out");
        }
        for (String n : moved) {
            if (!spellings.contains(n)) {
                throw new RefusedCorrection("'" + n + "' is not a spelling of " + describe(a) + ": reload its page and"
                        + " tick one of the spellings it lists");
            }
        }
        List<String> remaining = spellings.stream().filter(n -> !moved.contains(n)).toList();
        if (remaining.isEmpty()) {
            throw new RefusedCorrection("splitting would move every spelling out of " + describe(a) + ": keep at least"
                    + " one ticked off, or rename or retype the actor instead");
        }
        Map<String, List<Decision.MentionRef>> bySpelling = decisions.mentionsBySpelling(a.id());
        List<Decision.MentionRef> stay = new ArrayList<>();
        List<Decision.MentionRef> go = new ArrayList<>();
        bySpelling.forEach((n, m) -> (moved.contains(n) ? go : stay).addAll(m));
        if (go.isEmpty() || stay.isEmpty()) {
            throw new RefusedCorrection("the spellings of " + describe(a) + " you ticked " + (go.isEmpty() ? "have no"
                    : "leave no") + " mention of their own in any article (a name read as standing in for another):"
                    + " rename the actor instead");
        }
        List<NewDecision> toStore = new ArrayList<>();
        Decision.Anchors split = new Decision.Anchors(a.id(), stay, a.id(), go);
        for (String m : moved) {
            for (String r : remaining) {
                Decision.Anchors anchors = toStore.isEmpty() ? split : null;
                toStore.add(new NewDecision(Decision.Kind.NOT_SAME, r, m, null, anchors));
            }
        }
        for (String m : moved.subList(1, moved.size())) {
            List<Decision.MentionRef> theirs = bySpelling.getOrDefault(m, List.of());
            if (!theirs.isEmpty() && bySpelling.containsKey(moved.get(0))) {
                toStore.add(new NewDecision(Decision.Kind.SAME, moved.get(0), m, null,
                        new Decision.Anchors(a.id(), bySpelling.get(moved.get(0)), a.id(), theirs)));
            }
        }
        // One transaction: a crash never leaves half a split to be replayed.
        List<Long> ids = this.decisions.addDecisions(toStore);
        apply("correction #" + ids.get(0));
        long first = ids.get(0);
        Optional<Long> kept = decisions.actorOf(first, true);
        Optional<Long> out = decisions.actorOf(first, false);
        if (kept.isEmpty() || out.isEmpty() || kept.equals(out)) {
            ids.forEach(decisions::withdrawDecision);
            apply("the withdrawal of correction #" + ids.get(0));
            throw new RefusedCorrection("splitting " + quoted(moved) + " out of " + describe(a) + " changed nothing:"
                    + " the actor stayed whole; see why its spellings are one actor on its page");
        }
        ActorSummary left = live(kept.get());
        ActorSummary right = live(out.get());
        return new Outcome(first, "Split " + describe(a) + ": " + quoted(moved) + " (" + go.size() + " mentions) "
                + (right.id() == a.id() ? "keep" : "are now") + " " + describe(right) + "; " + quoted(remaining) + " ("
                + stay.size() + " mentions) " + (left.id() == a.id() ? "keep" : "are now") + " " + describe(left)
                + ". Undo it on the decisions page.", left.id() == a.id() ? left.id() : right.id());
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    /**
     * Makes a spelling join the chosen actor wherever it occurs, now and in later articles: the decision finds the
     * actor by its mentions, so another actor shown under the same name is not the one that grows. Refused when the
     * spelling is the actor's already, or when an earlier split keeps it apart.
     */
    public Outcome addSpelling(long actorId, String spelling) {
        ActorSummary a = correcting(actorId);
        String alias = require(spelling, "spelling");
        if (graph.actor(a.id()).orElseThrow().names().stream().anyMatch(n -> n.name().equals(alias))) {
            throw new RefusedCorrection("'" + alias + "' is already a spelling of " + describe(a));
        }
        long id = decide(Decision.Kind.SAME, a.name(), alias, null,
                new Decision.Anchors(a.id(), decisions.mentionsOf(a.id()), null, List.of()));
        long now = decisions.actorOf(id, true).orElse(a.id());
        boolean joined = graph.actor(now).map(x -> x.names().stream().anyMatch(n -> n.name().equals(alias)))
                .orElse(false);
        if (joined) {
            return new Outcome(id, "'" + alias + "' is now a spelling of " + describe(live(now)) + ".", now);
        }
        List<Long> holders = entities.spellings().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(n -> n.equalsIgnoreCase(alias))).map(Map.Entry::getKey)
                .sorted().toList();
        if (!holders.isEmpty()) {
            withdraw(id);
            ActorSummary other = live(holders.get(0));
            throw new RefusedCorrection("'" + alias + "' did not join " + describe(a) + ": it is a spelling of "
                    + describe(other) + ", a " + other.type().label().toLowerCase(Locale.ROOT) + (compatible(a.type(),
                    other.type()) ? ", which an earlier split keeps apart; undo that split on the decisions page first"
                    : "; to make them one, change the type of one of them, then merge them (Same actor as)"));
        }
        return new Outcome(id, "'" + alias + "' will join " + describe(a) + " wherever an article uses it (none does"
                + " yet).", now);
    }

    public long rename(String name, String newName) {
        long id = decisions.addDecision(Decision.Kind.RENAME, require(name, "name"), null, require(newName, "new name"));
        apply("correction #" + id);
        return id;
    }

    public long retype(String name, ActorType type) {
        long id = decisions.addDecision(Decision.Kind.RETYPE, require(name, "name"), null, type.name());
        apply("correction #" + id);
        return id;
    }

    /**
     * Re-resolves the corpus, e.g. after the user added an alias list or a glossary. Marked as wanted first, so a crash
     * before it finishes is made good at the next start ({@link #finishInterrupted}).
     */
    public void reresolve() {
        state.requestReresolution();
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
        Decision d = decisions.activeDecisions().stream().filter(x -> x.id() == decisionId).findFirst().orElse(null);
        if (d == null || !decisions.undoDecision(decisionId)) {
            return Optional.empty();
        }
        apply("undoing correction #" + decisionId);
        if (!d.onActors()) {
            return Optional.of(new Outcome(decisionId, "Undid decision #" + decisionId + " (" + d.kind().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + " on '" + d.left() + "').", -1));
        }
        long left = decisions.actorOf(decisionId, true).orElse(-1L);
        String what = switch (d.kind()) {
            case SAME -> d.joinsSpelling() ? "the spelling '" + d.right() + "' of '" + d.left() + "' (#" + left + ")"
                    : "the merge of '" + d.left() + "' and '" + d.right() + "': #" + left + " and #"
                    + decisions.actorOf(decisionId, false).orElse(-1L) + " are apart again";
            case NOT_SAME -> "the split of '" + d.right() + "' from '" + d.left() + "' (#" + left + ")";
            case RETYPE -> "the retype of '" + d.left() + "' (#" + left + ")";
            default -> "the renaming of '" + d.left() + "' (#" + left + ")";
        };
        return Optional.of(new Outcome(decisionId, "Undid decision #" + decisionId + ", " + what + ".", left));
    }

    /** Takes back the verdict on claims: a rejected fact or event returns to the graph. */
    public int clearVerdict(String table, List<Long> claimIds) {
        return verdicts.set(table, claimIds, null);
    }

    /** Confirms or rejects every claim behind a fact or event; rejected ones leave the graph but stay stored. */
    public int setVerdict(String table, List<Long> claimIds, boolean confirmed) {
        return verdicts.set(table, claimIds, confirmed ? ClaimVerdicts.Verdict.CONFIRMED : ClaimVerdicts.Verdict.REJECTED);
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DramatisException(what + " is empty");
        }
        return value.trim();
    }
}
