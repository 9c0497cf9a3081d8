package org.dramatis.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/** Placeholder replaced by the ingest branch. */
public record SourceDocument(String name, Path path, String sha256, String title, String outlet, String url,
                             LocalDate published, String language, String text) {
}
