package org.dramatis.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dramatis.app.Alarms;
import org.dramatis.app.DocumentProcessor;
import org.dramatis.app.Dramatis;
import org.dramatis.model.DramatisException;

/**
 * The one {@link DocumentProcessor} of an executor JVM, built at its first task and kept for every later task: one
 * CoreNLP pipeline and one set of models per executor, shared by its task threads (the pipeline is thread-safe).
 * A static holder because Spark gives tasks no other place to keep state across tasks; the processor itself is not
 * serializable and never leaves the executor. Its tasks keep ingest's time budgets with one timer thread.
 */
final class ExecutorProcessor {
    private static final Map<String, DocumentProcessor> BY_DATA_DIR = new HashMap<>();
    /** The timer that interrupts a task's document past its budget: one thread per executor, as per ingest run. */
    static final Alarms ALARMS = new Alarms();

    private ExecutorProcessor() {
    }

    /**
     * The processor reading the user's data files under {@code dataDir} (as the executor sees that path).
     *
     * @param fingerprint the fingerprint of the data files the driver reads: an executor that sees other files would
     *                    cluster names otherwise than the store does, and fails its task instead
     * @throws DramatisException when the executor sees other data files than the driver
     */
    static synchronized DocumentProcessor of(String dataDir, String fingerprint) {
        Path dir = Path.of(dataDir);
        String seen = Dramatis.dataFilesFingerprint(dir);
        if (!seen.equals(fingerprint)) {
            throw new DramatisException("this executor sees other data files (lexicons, aliases, glossary) under "
                    + dataDir + " than the driver: give every machine the same files at that path, or none (the"
                    + " bundled ones only)");
        }
        return BY_DATA_DIR.computeIfAbsent(dataDir, d -> Dramatis.processor(dir));
    }
}
