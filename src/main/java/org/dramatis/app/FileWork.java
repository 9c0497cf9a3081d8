package org.dramatis.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
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
    private final Analysis analysis;
    private final Alarms alarms;
    private final DocumentBudget budget;

    private final List<IngestOutcome.Rejected> rejected = new ArrayList<>();
    private final List<IngestPipeline.Ready> processed = new ArrayList<>();
    private final List<SourceDocument> waiting = new ArrayList<>();
    private String currentName;
    private Duration currentBudget;
    private long deadline = Long.MAX_VALUE;
    private boolean abandoned;

    FileWork(Path file, Analysis analysis, Alarms alarms, DocumentBudget budget) {
        this.file = file;
        this.analysis = analysis;
        this.alarms = alarms;
        this.budget = budget;
    }

    /** How the file is read and what is done with each document read. */
    interface Analysis {
        /** The file's documents, within the file's time budget. */
        List<SourceDocument> read(Path file) throws RejectedInput;

        /** The id of the stored document with the same content, found without analysing it; else null. */
        Long known(SourceDocument d);

        /** Builds what {@link #analyse} needs (the models) if not built yet; outside any document's time budget. */
        void prepare();

        /** Analyses one new document within its time budget; never throws. */
        DocumentOutcome analyse(SourceDocument d);
    }

    /** What one file gave: documents ready to store, and rejections with their reasons. */
    record Result(List<IngestPipeline.Ready> processed, List<IngestOutcome.Rejected> rejected) {
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
                List<SourceDocument> docs = analysis.read(file);
                synchronized (this) {
                    waiting.addAll(docs);
                    end();
                }
                return docs;
            } catch (RejectedInput e) {
                failed = rejected(file, Rejection.ofReading(name, e));
            } catch (Throwable e) { // an Error here is this file's, not the batch's
                LOG.warn("could not read {}", file, e);
                failed = alarm.rang() ? overBudget(file, name, alarm) : rejected(file, Rejection.ofReading(name, e));
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
        IngestPipeline.Ready done = null;
        IngestOutcome.Rejected failed = null;
        try {
            Long stored = analysis.known(d);
            if (stored != null) {
                done = new IngestPipeline.Ready(d, null, stored);
            } else {
                analysis.prepare();
            }
        } catch (Throwable e) { // the models could not be built, or the store not asked: this document is not analysed
            LOG.warn("could not prepare the analysis of {}", d.name(), e);
            failed = rejected(d.path(), new Rejection(d.name(), Rejection.NLP,
                    d.name() + ": analysis failed: " + Rejection.why(e)));
        }
        if (done == null && failed == null) {
            Duration b = budget.forText(d.text().length());
            if (!begin(d.name(), b)) {
                return false;
            }
            try (Alarms.Alarm alarm = alarms.set(b)) {
                DocumentOutcome outcome = analysis.analyse(d);
                if (outcome instanceof ProcessedDocument p) {
                    done = new IngestPipeline.Ready(d, p, null);
                } else if (outcome instanceof Rejection r) {
                    // a failure while the alarm rang is the budget's; a sentence past the NLP limits is the document's
                    boolean late = alarm.rang() && r.reason().equals(Rejection.NLP);
                    failed = late ? overBudget(d.path(), d.name(), alarm) : rejected(d.path(), r);
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
        rejected.add(new IngestOutcome.Rejected(file, running, Rejection.TIME_BUDGET, running + ": took longer than "
                + budgetText + " time budget and did not stop when interrupted; abandoned"));
        for (SourceDocument d : waiting) {
            if (!d.name().equals(running)) {
                rejected.add(new IngestOutcome.Rejected(d.path(), d.name(), Rejection.TIME_BUDGET, d.name()
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
                    + ": could not be processed: " + Rejection.oneLine(e)));
        }
    }

    synchronized Result result() {
        return new Result(processed, rejected);
    }

    private static IngestOutcome.Rejected overBudget(Path path, String name, Alarms.Alarm alarm) {
        return rejected(path, Rejection.ofBudget(name, alarm.budget()));
    }

    private static IngestOutcome.Rejected rejected(Path path, Rejection r) {
        return new IngestOutcome.Rejected(path, r.name(), r.reason(), r.message());
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
