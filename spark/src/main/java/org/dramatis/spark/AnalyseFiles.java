package org.dramatis.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.dramatis.app.Alarms;
import org.dramatis.app.DocumentBudget;
import org.dramatis.app.DocumentOutcome;
import org.dramatis.app.DocumentProcessor;
import org.dramatis.app.Rejection;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.ReaderLimits;
import org.dramatis.ingest.SourceDocument;

/**
 * The work of one Spark partition, on an executor: each file opened through its Hadoop file system, read into its
 * documents and each document analysed by the executor's one {@link DocumentProcessor}, the very steps in-process
 * ingest takes, within the same time budgets. Content the store held before the run is recognised by its hash and not
 * analysed. A file that cannot be opened, read or analysed in its budget becomes a rejection with its reason and the
 * task goes on (work that ignores the interrupt holds its task: in-process ingest abandons such a thread, a task
 * cannot). A lost executor or a failure outside this code fails the task, which Spark runs again (nothing is stored by
 * a task, so a retry writes nothing twice).
 */
final class AnalyseFiles implements FlatMapFunction<Iterator<FileTask>, FileResult> {
    /** In-process ingest's default budgets: reading a file and analysing a document past them is rejected. */
    private static final DocumentBudget BUDGET = DocumentBudget.DEFAULT;

    private final String dataDir;
    private final String dataFiles;
    private final Broadcast<Set<String>> stored;
    private final Broadcast<SerializableWritable<Configuration>> hadoop;

    /**
     * @param dataDir   the data folder whose user data files (lexicons) the processor reads, as the executors see it
     * @param dataFiles the fingerprint of those files as the driver reads them
     * @param stored    the text hashes of every document stored before the run
     * @param hadoop    the driver's Hadoop configuration (file system settings and credentials)
     */
    AnalyseFiles(String dataDir, String dataFiles, Broadcast<Set<String>> stored,
                 Broadcast<SerializableWritable<Configuration>> hadoop) {
        this.dataDir = dataDir;
        this.dataFiles = dataFiles;
        this.stored = stored;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<FileResult> call(Iterator<FileTask> tasks) {
        DocumentProcessor processor = ExecutorProcessor.of(dataDir, dataFiles);
        List<FileResult> results = new ArrayList<>();
        while (tasks.hasNext()) {
            results.add(analyse(processor, tasks.next()));
        }
        return results.iterator();
    }

    private FileResult analyse(DocumentProcessor processor, FileTask task) {
        byte[] bytes;
        try {
            bytes = load(task);
        } catch (Throwable e) { // missing, unreadable: this file's rejection, not the task's failure
            return rejected(task, Rejection.ofReading(task.name(), e));
        }
        List<SourceDocument> docs;
        Duration b = BUDGET.forFile(bytes.length);
        try (Alarms.Alarm alarm = ExecutorProcessor.ALARMS.set(b)) {
            try {
                docs = processor.read(bytes, task.name());
            } catch (Throwable e) { // the reader's rejection, or any failure of this file: its rejection
                return rejected(task, alarm.rang() ? Rejection.ofBudget(task.name(), b) : Rejection.ofReading(task.name(), e));
            }
        }
        GivenMetadata given = task.given();
        Set<String> known = stored.value();
        List<FileResult.Item> items = new ArrayList<>(docs.size());
        for (SourceDocument d : docs) {
            DocumentOutcome outcome = known.contains(d.sha256()) ? null : analyse(processor, d, given);
            items.add(new FileResult.Item(d.name(), d.sha256(), outcome));
        }
        return new FileResult(task, items);
    }

    /**
     * One new document within its time budget, as in-process ingest analyses it: the models are built first, outside
     * the budget, and a failure while the alarm rang is the budget's.
     */
    private static DocumentOutcome analyse(DocumentProcessor processor, SourceDocument d, GivenMetadata given) {
        try {
            processor.prepare();
        } catch (Throwable e) { // the models could not be built: this document is not analysed
            return Rejection.ofAnalysis(d.name(), e);
        }
        Duration b = BUDGET.forText(d.text().length());
        try (Alarms.Alarm alarm = ExecutorProcessor.ALARMS.set(b)) {
            DocumentOutcome outcome = processor.outcome(d, given);
            boolean late = alarm.rang() && outcome instanceof Rejection r && r.reason().equals(Rejection.NLP);
            return late ? Rejection.ofBudget(d.name(), b) : outcome;
        }
    }

    private static FileResult rejected(FileTask task, Rejection r) {
        return new FileResult(task, List.of(new FileResult.Item(r.name(), null, r)));
    }

    /**
     * The file's bytes, at most one past the reader's size limit (the reader then rejects it as too large without
     * the rest being loaded).
     */
    private byte[] load(FileTask task) throws IOException {
        Path path = new Path(task.uri());
        FileSystem fs = path.getFileSystem(hadoop.value().value());
        try (InputStream in = fs.open(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ReaderLimits.DEFAULTS.maxBytes() + 1));
        }
    }
}
