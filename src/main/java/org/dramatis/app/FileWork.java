package org.dramatis.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.DramatisException;
import org.dramatis.nlp.NlpLimitExceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and analysing one file on a worker thread. Whatever fails inside — an exception, an {@link Error} such as
 * {@link OutOfMemoryError} or {@link StackOverflowError}, or the time budget — rejects that document with its reason and
 * leaves the others of the file and of the batch alone. What is done so far is visible to the storing thread, which may
 * {@link #abandon} work that does not stop when its budget runs out.
 */
final class FileWork implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FileWork.class);

    private final Path file;
    private final DocumentReader reader;
    private final Analysis analysis;
    private final Alarms alarms;
    private final DocumentBudget budget;

    private final List<IngestOutcome.Rejected> rejected = new ArrayList<>();
    private final List<IngestPipeline.Processed> processed = new ArrayList<>();
    private final List<SourceDocument> waiting = new ArrayList<>();
    private String currentName;
    private Duration currentBudget;
    private long deadline = Long.MAX_VALUE;
    private boolean abandoned;

    FileWork(Path file, DocumentReader reader, Analysis analysis, Alarms alarms, DocumentBudget budget) {
        this.file = file;
        this.reader = reader;
        this.analysis = analysis;
        this.alarms = alarms;
        this.budget = budget;
    }

    /** What is done with each document read. */
    interface Analysis {
        /** The outcome of a document whose content is already stored, found without analysing it; else null. */
        IngestPipeline.Processed known(SourceDocument d);

        /** Builds what {@link #analyse} needs (the models) if not built yet; outside any document's time budget. */
        void prepare();

        /** Analyses one new document within its time budget. */
        IngestPipeline.Processed analyse(SourceDocument d);
    }

    /** What one file gave: documents ready to store, and rejections with their reasons. */
    record Result(List<IngestPipeline.Processed> processed, List<IngestOutcome.Rejected> rejected) {
        Result {
            processed = List.copyOf(processed);
            rejected = List.copyOf(rejected);
        }
    }

    @Override
    public void run() {
        List<SourceDocument> docs = read();
        for (SourceDocument d : docs) {
            if (!analyse(d)) {
                return;
            }
        }
    }

    private List<SourceDocument> read() {
        String name = fileName(file);
        Duration b = budget.forFile(sizeOf(file));
        if (!begin(name, b)) {
            return List.of();
        }
        IngestOutcome.Rejected failed;
        try (Alarms.Alarm alarm = alarms.set(b)) {
            try {
                List<SourceDocument> docs = reader.read(file);
                synchronized (this) {
                    waiting.addAll(docs);
                    end();
                }
                return docs;
            } catch (RejectedInput e) {
                failed = new IngestOutcome.Rejected(file, name, e.reason().name(), e.getMessage());
            } catch (Throwable e) { // an Error here is this file's, not the batch's
                LOG.warn("could not read {}", file, e);
                failed = failure(file, name, "UNREADABLE", "could not be read", e, alarm);
            }
        }
        synchronized (this) {
            if (!abandoned) {
                rejected.add(failed);
                end();
            }
        }
        return List.of();
    }

    /** @return false when this work was abandoned meanwhile and must stop */
    private boolean analyse(SourceDocument d) {
        IngestPipeline.Processed done = null;
        IngestOutcome.Rejected failed = null;
        try {
            done = analysis.known(d);
            if (done == null) {
                analysis.prepare();
            }
        } catch (Throwable e) { // the models could not be built, or the store not asked: this document is not analysed
            LOG.warn("could not prepare the analysis of {}", d.name(), e);
            failed = new IngestOutcome.Rejected(d.path(), d.name(), "NLP", d.name() + ": analysis failed: " + why(e));
        }
        if (done == null && failed == null) {
            Duration b = budget.forText(d.text().length());
            if (!begin(d.name(), b)) {
                return false;
            }
            try (Alarms.Alarm alarm = alarms.set(b)) {
                try {
                    done = analysis.analyse(d);
                } catch (NlpLimitExceeded e) {
                    failed = new IngestOutcome.Rejected(d.path(), d.name(), "TOO_LARGE", d.name() + ": " + e.getMessage());
                } catch (Throwable e) { // an Error here is this document's, not the batch's
                    LOG.warn("could not analyse {}", d.name(), e);
                    failed = failure(d.path(), d.name(), "NLP", "analysis failed", e, alarm);
                }
            }
        }
        synchronized (this) {
            if (abandoned) {
                return false;
            }
            waiting.remove(d);
            if (done != null) {
                processed.add(done);
            } else {
                rejected.add(failed);
            }
            end();
        }
        return true;
    }

    private synchronized boolean begin(String name, Duration b) {
        if (abandoned) {
            return false;
        }
        currentName = name;
        currentBudget = b;
        deadline = System.nanoTime() + b.toNanos();
        return true;
    }

    private void end() {
        currentName = null;
        deadline = Long.MAX_VALUE;
    }

    /** Whether the running step is past its budget plus {@code grace}: interrupted, it did not stop. */
    synchronized boolean overdue(Duration grace) {
        return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > grace.toNanos();
    }

    /** Nanoseconds until the running step is {@link #overdue}, or a long time when nothing runs. */
    synchronized long nanosUntilOverdue(Duration grace) {
        return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline + grace.toNanos() - System.nanoTime();
    }

    /**
     * Gives up on this file's running step: it and the documents not yet analysed are rejected, what is done is kept.
     * The thread doing the step is left to finish or loop on its own; nothing it does later is used.
     */
    synchronized void abandon() {
        if (abandoned) {
            return;
        }
        abandoned = true;
        String running = currentName == null ? fileName(file) : currentName;
        String budgetText = currentBudget == null ? "its" : "its " + DocumentBudget.describe(currentBudget);
        rejected.add(new IngestOutcome.Rejected(file, running, "TIME_BUDGET", running + ": took longer than "
                + budgetText + " time budget and did not stop when interrupted; abandoned"));
        for (SourceDocument d : waiting) {
            if (!d.name().equals(running)) {
                rejected.add(new IngestOutcome.Rejected(d.path(), d.name(), "TIME_BUDGET", d.name()
                        + ": not analysed, because the analysis of " + running + " was abandoned; ingest it again"));
            }
        }
        waiting.clear();
        end();
    }

    /** Records a failure that escaped the worker itself (a bug in this class, not in the document). */
    synchronized void failedOutside(Throwable e) {
        if (!abandoned) {
            abandoned = true;
            rejected.add(new IngestOutcome.Rejected(file, fileName(file), "UNREADABLE", fileName(file)
                    + ": could not be processed: " + oneLine(e)));
        }
    }

    synchronized Result result() {
        return new Result(processed, rejected);
    }

    private static IngestOutcome.Rejected failure(Path path, String name, String stage, String what, Throwable e,
                                                  Alarms.Alarm alarm) {
        if (alarm.rang()) {
            return new IngestOutcome.Rejected(path, name, "TIME_BUDGET", name + ": took longer than its "
                    + DocumentBudget.describe(alarm.budget()) + " time budget");
        }
        return new IngestOutcome.Rejected(path, name, stage, name + ": " + what + ": " + why(e));
    }

    private static String why(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + e.getMessage() + ")";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply (stack overflow)";
        }
        return oneLine(e);
    }

    private static String oneLine(Throwable e) {
        String s = e instanceof DramatisException && e.getMessage() != null ? e.getMessage() : e.toString();
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String fileName(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // the reader says why it cannot read it
        }
    }
}
