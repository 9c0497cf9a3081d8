package org.dramatis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads while writing: four clients on the API during an ingest. Asserts only that nothing failed; latencies are
 * printed, never asserted. The short run is in the default build, the long one is tagged {@code soak}.
 */
class WorkbenchLoadTest {
    @TempDir
    Path dir;

    @Test
    void tenSecondsOfReadsDuringIngest_haveNoErrors() throws Exception {
        LoadRun.Result result = LoadRun.run(dir, 300, 10_000);
        System.out.print("load (10 s):\n" + result.summary());
        assertThat(result.errors()).isEmpty();
    }

    @Test
    @Tag("soak")
    void twoMinutesOfReadsDuringIngestOf300Documents_haveNoErrors() throws Exception {
        LoadRun.Result result = LoadRun.run(dir, 300, 120_000);
        System.out.print("load (120 s):\n" + result.summary());
        assertThat(result.errors()).isEmpty();
    }
}
