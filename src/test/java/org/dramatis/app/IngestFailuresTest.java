package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document's failure, of whatever kind, is that document's rejection: the batch goes on. */
class IngestFailuresTest {
    @TempDir
    Path tmp;

    private final TrapNlp nlp = new TrapNlp();

    @AfterEach
    void releaseStuckThreads() {
        nlp.release();
    }

    private Path folder(String... trapsAndGood) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < trapsAndGood.length; i++) {
            Files.writeString(in.resolve(String.format("%02d-%s.txt", i, trapsAndGood[i].toLowerCase())),
                    "Report " + i + "\n\nSpeaker Hamid Qarawi met Colonel Sami Duri " + i + " times. " + trapsAndGood[i]
                            + " was the word.\n");
        }
        return in;
    }

    /** Budgets in these tests are seconds, not milliseconds: the first document also loads the lexicons. */
    private IngestReport ingest(Path in, int threads, DocumentBudget budget) {
        Config config = Config.defaults(tmp.resolve("data")).withThreads(threads).withBudget(budget);
        Dramatis dramatis = Dramatis.open(config, nlp);
        return dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
    }

    private static Map<String, IngestOutcome.Rejected> rejected(IngestReport report) {
        return report.outcomes().stream().filter(o -> o instanceof IngestOutcome.Rejected)
                .map(o -> (IngestOutcome.Rejected) o)
                .collect(Collectors.toMap(IngestOutcome.Rejected::name, r -> r));
    }

    @Test
    void ingest_rejectsADocumentWhoseAnalysisThrowsAnErrorAndStoresTheRest() throws IOException {
        Path in = folder("good", "OVERFLOW", "good", "EXHAUST", "good");

        IngestReport report = ingest(in, 2, DocumentBudget.DEFAULT);

        assertThat(report.stored()).isEqualTo(3);
        assertThat(rejected(report)).hasSize(2);
        assertThat(rejected(report).get("01-overflow.txt").message())
                .isEqualTo("01-overflow.txt: analysis failed: nested too deeply (stack overflow)");
        assertThat(rejected(report).get("03-exhaust.txt").message())
                .isEqualTo("03-exhaust.txt: analysis failed: ran out of memory (Java heap space)");
        assertThat(rejected(report).values()).extracting(IngestOutcome.Rejected::reason).containsOnly("NLP");
    }

    @Test
    void ingest_rejectsADocumentOverItsTimeBudgetAndGoesOn() throws IOException {
        Path in = folder("good", "SLOW", "good");
        DocumentBudget budget = new DocumentBudget(Duration.ofSeconds(3), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(30));

        IngestReport report = ingest(in, 1, budget);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(rejected(report).get("01-slow.txt")).satisfies(r -> {
            assertThat(r.reason()).isEqualTo("TIME_BUDGET");
            assertThat(r.message()).isEqualTo("01-slow.txt: took longer than its 3 s time budget");
        });
    }

    @Test
    void ingest_abandonsWorkThatIgnoresItsInterruptAndGoesOnWithAnotherThread() throws IOException {
        Path in = folder("good", "STUCK", "good", "good");
        DocumentBudget budget = new DocumentBudget(Duration.ofSeconds(3), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(1));

        IngestReport report = ingest(in, 1, budget);

        assertThat(report.stored()).as(report.outcomes().toString()).isEqualTo(3);
        assertThat(rejected(report).get("01-stuck.txt")).satisfies(r -> {
            assertThat(r.reason()).isEqualTo("TIME_BUDGET");
            assertThat(r.message()).isEqualTo("01-stuck.txt: took longer than its 3 s time budget and did not stop"
                    + " when interrupted; abandoned");
        });
        assertThat(report.outcomes()).extracting(IngestOutcome::name)
                .containsExactly("00-good.txt", "01-stuck.txt", "02-good.txt", "03-good.txt");
    }
}
