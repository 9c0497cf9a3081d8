package org.dramatis.web;

import java.util.List;
import org.dramatis.graph.Views;
import org.dramatis.model.ActorType;

/**
 * The analyst's corrections, as the workbench asks for them. The composition root implements this port by recording
 * a decision and re-resolving; the web layer only validates input and reports the outcome.
 */
public interface Corrector {
    /** Records that the actors named {@code leftName} and {@code rightName} are one; returns the decision id. */
    long merge(String leftName, String rightName);

    /**
     * Moves {@code namesToMove} (spellings of one actor, a subset of {@code allNames}) to a new actor; returns the
     * decision id.
     */
    long split(List<Views.NameCount> allNames, List<String> namesToMove);

    /** Gives the actor called {@code name} the display name {@code newName}; returns the decision id. */
    long rename(String name, String newName);

    /** Changes the type of the actor called {@code name}; returns the decision id. */
    long retype(String name, ActorType type);

    /** Undoes a decision; false when no active decision has this id. */
    boolean undo(long decisionId);

    /**
     * Confirms or rejects claims.
     *
     * @param table "fact_claim" or "event_claim"
     * @return how many claims were updated
     */
    int setVerdict(String table, List<Long> claimIds, boolean confirmed);
}
