package org.dramatis.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dramatis.app.IngestOutcome;

/**
 * The per-file summary of a Spark run as CSV, one row per document or refused input, in input order: what
 * {@code ingest} prints line by line, for a run whose output scrolled by on a cluster's console.
 *
 * <pre>
 * outcome,name,uri,document,mentions,facts,events,rule_failures,reason,message
 * stored,02-mizan-raid.md,file:/news/02-mizan-raid.md,2,33,12,8,0,,
 * rejected,scan.bin,file:/news/scan.bin,,,,,,BINARY,scan.bin: binary content (application/octet-stream)
 * </pre>
 */
final class SummaryCsv {
    static final List<String> HEADER = List.of("outcome", "name", "uri", "document", "mentions", "facts", "events",
            "rule_failures", "reason", "message");

    private SummaryCsv() {
    }

    static void write(Path file, List<SparkIngestJob.Filed> rows) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
                for (SparkIngestJob.Filed row : rows) {
                    csv.printRecord(record(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Object> record(SparkIngestJob.Filed row) {
        IngestOutcome o = row.outcome();
        if (o instanceof IngestOutcome.Stored s) {
            return List.of("stored", s.name(), row.uri(), s.documentId(), s.mentions(), s.facts(), s.events(),
                    s.ruleFailures(), "", "");
        }
        if (o instanceof IngestOutcome.Duplicate d) {
            return List.of("duplicate", d.name(), row.uri(), d.existingId(), "", "", "", "", "", "");
        }
        IngestOutcome.Rejected r = (IngestOutcome.Rejected) o;
        return List.of("rejected", r.name(), row.uri(), "", "", "", "", "", r.reason(), r.message());
    }
}
