package org.dramatis.model;

/**
 * A correction that was stored but not applied yet: the re-resolution that should have shown it in the graph threw. The
 * decision stays (it is replayed by the next re-resolution that succeeds: the next correction of the same actor, the
 * next ingest or the next start), so the analyst is told it is saved rather than that the request failed. The
 * message names no internals: the cause is logged where the server logs it.
 */
public class CorrectionNotApplied extends DramatisException {
    public CorrectionNotApplied(String what, RuntimeException cause) {
        super(what + " is saved but not applied yet: re-resolving the actors failed (the cause is in the server log)."
                + " It is applied before the next correction of this actor, by the next ingest or at the next start",
                cause);
    }
}
