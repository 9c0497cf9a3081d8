package org.dramatis.model;

/**
 * A correction refused because its actor changed since the analyst saw it: another analyst's correction (in this
 * process or another one on the same store) or new articles. Nothing of it is stored; reloading the actor's page and
 * correcting again goes through.
 */
public final class ChangedMeanwhile extends RefusedCorrection {
    public ChangedMeanwhile(long actorId) {
        super("actor #" + actorId + " changed meanwhile (another correction or new articles) and nothing was saved:"
                + " reload its page to see it as it is now, then make your correction again");
    }
}
