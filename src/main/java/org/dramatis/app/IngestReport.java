package org.dramatis.app;

import java.util.List;

/** The outcome of one ingest run, file by file, plus the tokens annotated and the time it took. */
public record IngestReport(List<IngestOutcome> outcomes, long tokens, long millis) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long stored() {
        return outcomes.stream().filter(o -> o instanceof IngestOutcome.Stored).count();
    }

    public long duplicates() {
        return outcomes.stream().filter(o -> o instanceof IngestOutcome.Duplicate).count();
    }

    public long rejected() {
        return outcomes.stream().filter(o -> o instanceof IngestOutcome.Rejected).count();
    }

    /** Extraction rules that failed on some sentence, over all stored documents. */
    public long ruleFailures() {
        return outcomes.stream().filter(o -> o instanceof IngestOutcome.Stored).mapToLong(o -> ((IngestOutcome.Stored) o).ruleFailures()).sum();
    }

    public boolean anyFailed() {
        return rejected() > 0;
    }
}
