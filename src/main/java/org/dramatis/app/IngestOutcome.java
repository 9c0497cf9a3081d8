package org.dramatis.app;

import java.nio.file.Path;

/** What happened to one input document. */
public sealed interface IngestOutcome permits IngestOutcome.Stored, IngestOutcome.Duplicate, IngestOutcome.Rejected {
    Path path();

    /** The document name shown to the user ("report.html", "feed.xml#2"). */
    String name();

    /**
     * Stored with its new id and what was found in it; {@code ruleFailures} counts the extraction rules that failed on
     * some sentence of it (their output for that sentence is missing; the log names each).
     */
    record Stored(Path path, String name, long documentId, int mentions, int facts, int events, int ruleFailures)
            implements IngestOutcome {
        public Stored(Path path, String name, long documentId, int mentions, int facts, int events) {
            this(path, name, documentId, mentions, facts, events, 0);
        }
    }

    /** Same content as a stored document: nothing written. */
    record Duplicate(Path path, String name, long existingId) implements IngestOutcome {
    }

    /** Not stored, with the reason in plain words. */
    record Rejected(Path path, String name, String reason, String message) implements IngestOutcome {
    }
}
