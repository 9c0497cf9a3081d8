package org.dramatis.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * Named points in the work that changes the store, where a crash test can have the process stop dead, as
 * {@code kill -9} would, at a step it chooses rather than at a moment it hopes for. Off unless the JVM is started with
 * {@code -Ddramatis.haltAt=STEP} (the first time STEP is reached) or {@code STEP#N} (the N-th time); then the process
 * halts there with exit code {@link #EXIT_CODE}, running no shutdown hook and no {@code finally}, so the disk holds
 * exactly what a crash at that step leaves.
 *
 * <p>The steps: {@code rebuild.start}, {@code rebuild.reclustered}, {@code rebuild.resolved}, {@code entities.written}
 * (inside the transaction that replaces the entities, before its commit), {@code rebuild.done};
 * {@code lexicon.copied} (a lexicon file copied into the data folder, the corpus not re-resolved yet);
 * {@code document.inserted} (inside the transaction that stores one ingested document, before its commit),
 * {@code document.resolving} (the document committed, its entities not saved yet), {@code document.resolved}.
 */
public final class CrashPoints {
    /** The exit code of a process halted at its chosen step. */
    public static final int EXIT_CODE = 86;

    private static final String HALT_AT = System.getProperty("dramatis.haltAt");
    private static final Map<String, Integer> REACHED = new HashMap<>();

    private CrashPoints() {
    }

    /** Marks {@code step} as reached; halts the process when it is the chosen one. */
    public static void reached(String step) {
        if (HALT_AT == null) {
            return;
        }
        int times;
        synchronized (REACHED) {
            times = REACHED.merge(step, 1, Integer::sum);
        }
        if (HALT_AT.equals(step) && times == 1 || HALT_AT.equals(step + "#" + times)) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
