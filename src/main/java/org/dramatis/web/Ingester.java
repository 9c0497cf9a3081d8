package org.dramatis.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Ingests files uploaded through the workbench. The composition root implements this port with the ingest pipeline;
 * the web layer stores the uploads under safe names in a temporary directory, calls this, then deletes them.
 */
public interface Ingester {
    /**
     * Reads, analyses and stores the files; a failed file is a report row, not an exception.
     *
     * @return one row per file, in order: {@code name} (the file name), {@code outcome} ("stored", "duplicate" or
     *     "rejected") and {@code message} (why, for people)
     */
    List<Map<String, Object>> ingest(List<Path> files);
}
