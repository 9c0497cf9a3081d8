package org.dramatis.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dramatis.app.DocumentProcessor;
import org.dramatis.app.Dramatis;

/**
 * The one {@link DocumentProcessor} of an executor JVM, built at its first task and kept for every later task: one
 * CoreNLP pipeline and one set of models per executor, shared by its task threads (the pipeline is thread-safe).
 * A static holder because Spark gives tasks no other place to keep state across tasks; the processor itself is not
 * serializable and never leaves the executor.
 */
final class ExecutorProcessor {
    private static final Map<String, DocumentProcessor> BY_DATA_DIR = new HashMap<>();

    private ExecutorProcessor() {
    }

    /** The processor reading the user's data files under {@code dataDir} (as the executor sees that path). */
    static synchronized DocumentProcessor of(String dataDir) {
        return BY_DATA_DIR.computeIfAbsent(dataDir, d -> Dramatis.processor(Path.of(d)));
    }
}
