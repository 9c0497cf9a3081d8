package org.dramatis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.app.IngestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
    @TempDir
    Path dir;

    @Test
    void write_givesOneRowPerOutcomeInOrderWithItsUriAndQuotesWhatNeedsIt() throws IOException {
        Path csv = dir.resolve("out/summary.csv");
        SummaryCsv.write(csv, List.of(
                new SparkIngestJob.Filed("file:/news/a.md", new IngestOutcome.Stored(null, "a.md", 1, 33, 12, 8, 1)),
                new SparkIngestJob.Filed("file:/news/a-copy.md", new IngestOutcome.Duplicate(null, "a-copy.md", 1)),
                new SparkIngestJob.Filed("hdfs://nn/news/scan.bin", new IngestOutcome.Rejected(null, "scan.bin", "BINARY",
                        "scan.bin: binary content (application/octet-stream), \"not text\""))));

        assertThat(Files.readAllLines(csv)).containsExactly(
                "outcome,name,uri,document,mentions,facts,events,rule_failures,reason,message",
                "stored,a.md,file:/news/a.md,1,33,12,8,1,,",
                "duplicate,a-copy.md,file:/news/a-copy.md,1,,,,,,",
                "rejected,scan.bin,hdfs://nn/news/scan.bin,,,,,,BINARY,"
                        + "\"scan.bin: binary content (application/octet-stream), \"\"not text\"\"\"");
    }
}
