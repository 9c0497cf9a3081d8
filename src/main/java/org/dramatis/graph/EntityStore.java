package org.dramatis.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.resolve.Decision;

/**
 * What app.Corrections reads and writes, spread over three repositories: the decisions it stores, the actor ids it
 * follows through merges, and the re-resolution it asks for. Kept while Corrections is being changed on another
 * branch; new code uses {@link DecisionRepository}, {@link EntityRepository} and {@link ResolutionState} directly.
 */
public final class EntityStore {
    private final EntityRepository entities;
    private final DecisionRepository decisions;
    private final ResolutionState state;

    public EntityStore(Database db) {
        this.entities = new EntityRepository(db);
        this.decisions = new DecisionRepository(db);
        this.state = new ResolutionState(db);
    }

    /** A decision to store, as {@link DecisionRepository.NewDecision}. */
    public record NewDecision(Decision.Kind kind, String left, String right, String value, Decision.Anchors anchors) {
        public NewDecision {
            new DecisionRepository.NewDecision(kind, left, right, value, anchors); // validates
        }

        public NewDecision(Decision.Kind kind, String left, String right, String value) {
            this(kind, left, right, value, null);
        }

        DecisionRepository.NewDecision stored() {
            return new DecisionRepository.NewDecision(kind, left, right, value, anchors);
        }
    }

    /** See {@link DecisionRepository#addDecision}. */
    public long addDecision(Decision.Kind kind, String left, String right, String value) {
        return decisions.addDecision(kind, left, right, value);
    }

    /** See {@link DecisionRepository#addDecisions}. */
    public List<Long> addDecisions(List<NewDecision> toStore) {
        return decisions.addDecisions(toStore.stream().map(NewDecision::stored).toList());
    }

    /** See {@link DecisionRepository#mentionsOf}. */
    public List<Decision.MentionRef> mentionsOf(long entityId) {
        return decisions.mentionsOf(entityId);
    }

    /** See {@link DecisionRepository#actorOf}. */
    public Optional<Long> actorOf(long decisionId, boolean left) {
        return decisions.actorOf(decisionId, left);
    }

    /** See {@link DecisionRepository#undoDecision}. */
    public boolean undoDecision(long id) {
        return decisions.undoDecision(id);
    }

    /** See {@link DecisionRepository#withdrawDecision}. */
    public void withdrawDecision(long id) {
        decisions.withdrawDecision(id);
    }

    /** See {@link DecisionRepository#activeDecisions}. */
    public List<Decision> activeDecisions() {
        return decisions.activeDecisions();
    }

    /** Every actor's spellings by id: its display name first, then each distinct text of its mentions. */
    public Map<Long, List<String>> spellings() {
        return entities.spellings();
    }

    /** See {@link DecisionRepository#mentionsBySpelling}. */
    public Map<String, List<Decision.MentionRef>> mentionsBySpelling(long entityId) {
        return decisions.mentionsBySpelling(entityId);
    }

    /** See {@link EntityRepository#redirect}. */
    public Optional<Long> redirect(long id) {
        return entities.redirect(id);
    }

    /** See {@link ResolutionState#requestReresolution}. */
    public void requestReresolution() {
        state.requestReresolution();
    }
}
