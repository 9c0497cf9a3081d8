package org.dramatis.web;

import java.util.List;
import org.dramatis.graph.Views;
import org.dramatis.model.ActorType;

/**
 * The analyst's corrections, as the workbench asks for them: each on the actor the analyst chose, by id. The
 * composition root implements this port by recording a decision and re-resolving; the web layer only validates input
 * and reports the outcome. A correction that cannot be made throws {@link org.dramatis.model.RefusedCorrection} with
 * the reason and what to do instead. Each correction is signed with its {@code author}: the account's name, or
 * {@code "local"} on a workbench without accounts.
 */
public interface Corrector {
    /**
     * What a correction did.
     *
     * @param decisionId the decision recorded
     * @param message    one sentence for the page the analyst returns to ("Merged 'A' (#4) into 'B' (#2) …")
     * @param actorId    the actor to show now (the survivor of a merge), or null to stay on the same page
     */
    record Outcome(long decisionId, String message, Long actorId) {
    }

    /**
     * The same corrections, made only while the actor is still at the version the analyst saw; otherwise refused with
     * {@link org.dramatis.model.ChangedMeanwhile} and nothing saved.
     */
    Corrector seeing(org.dramatis.graph.ActorVersion version);

    /** The two chosen actors are one. */
    Outcome merge(String author, long leftId, long rightId);

    /** Moves {@code namesToMove} (spellings of the actor, a subset of {@code allNames}) to a new actor. */
    Outcome split(String author, long actorId, List<Views.NameCount> allNames, List<String> namesToMove);

    /** Gives the actor the display name {@code newName}. */
    Outcome rename(String author, long actorId, String newName);

    /** Changes the type of the actor. */
    Outcome retype(String author, long actorId, ActorType type);

    /** Makes {@code spelling} a spelling of the actor, wherever it occurs now and in later articles. */
    Outcome addSpelling(String author, long actorId, String spelling);

    /** Undoes a decision; null when no active decision has this id. */
    Outcome undo(long decisionId);

    /**
     * Confirms or rejects claims.
     *
     * @param table "fact_claim" or "event_claim"
     * @return how many claims were updated
     */
    int setVerdict(String author, String table, List<Long> claimIds, boolean confirmed);

    /**
     * Takes back the verdict on claims (a rejected fact or event returns to the graph).
     *
     * @param table "fact_claim" or "event_claim"
     * @return how many claims were updated
     */
    int clearVerdict(String author, String table, List<Long> claimIds);
}
