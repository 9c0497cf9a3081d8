package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dramatis.nlp.NlpService;

class IngestPipelineTest {
    @TempDir
    Path tmp;

    static final String GOOD = """
            ---
            title: Council vote delayed
            outlet: Harbour Courier
            date: 2021-03-04
            ---
            Speaker Hamid Qarawi said the Renewal Front would not attend the session.
            Hamid Qarawi later met Colonel Sami Duri in the capital.
            """;

    static Path badFolder(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.md"), GOOD);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 1, 2});
        byte[] broken = "The minister spoke at length about the budget ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[broken.length + 3];
        System.arraycopy(broken, 0, bad, 0, broken.length);
        bad[broken.length] = (byte) 0xc3;
        bad[broken.length + 1] = (byte) 0x28;
        bad[broken.length + 2] = (byte) 0xa0;
        Files.write(in.resolve("broken.txt"), bad);
        return in;
    }

    @Test
    void ingest_storesTheGoodArticleAndReportsEachBadFileWithItsReason() throws IOException {
        Path in = badFolder(tmp);
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")).withThreads(2), new FakeNlp());

        IngestReport report = dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        Map<String, String> reasons = report.outcomes().stream().filter(o -> o instanceof IngestOutcome.Rejected)
                .map(o -> (IngestOutcome.Rejected) o).collect(Collectors.toMap(IngestOutcome.Rejected::name,
                        IngestOutcome.Rejected::reason));
        assertThat(reasons).containsEntry("empty.txt", "EMPTY").containsEntry("blob.bin", "BINARY")
                .containsEntry("broken.txt", "NOT_TEXT");
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.anyFailed()).isTrue();
        assertThat(dramatis.graph().documents()).singleElement()
                .satisfies(d -> {
                    assertThat(d.title()).isEqualTo("Council vote delayed");
                    assertThat(d.outlet()).isEqualTo("Harbour Courier");
                    assertThat(d.published()).isEqualTo("2021-03-04");
                });
    }

    @Test
    void ingest_twiceIsANoOp() throws IOException {
        Path in = badFolder(tmp);
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new FakeNlp());
        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        var before = dramatis.graph().stats();

        IngestReport again = dramatis.pipeline().ingest(List.of(in.resolve("good.md")), IngestPipeline.Progress.NONE);

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.stored()).isZero();
        assertThat(dramatis.graph().stats()).isEqualTo(before);
    }

    @Test
    void ingest_resolvesRepeatedNamesAcrossDocumentsIntoOneActor() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(in.resolve("a.txt"), "Budget talks\n\nHamid Qarawi opened the talks. The delegates thanked Hamid Qarawi.\n");
        Files.writeString(in.resolve("b.txt"), "Second day\n\nReporters waited for Hamid Qarawee outside the hall.\n");
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new FakeNlp());

        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        var actors = dramatis.graph().actors(10, null);
        assertThat(actors).filteredOn(a -> a.name().startsWith("Hamid")).singleElement()
                .satisfies(a -> assertThat(a.documents()).isEqualTo(2));
    }

    @Test
    void reingest_ofAnUnchangedFolder_analysesNothingAndBuildsNoNlp() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("clippings"));
        Files.writeString(in.resolve("a.txt"), "Budget talks\n\nHamid Qarawi opened the talks in Velmora.\n");
        Files.writeString(in.resolve("b.txt"), "Second day\n\nReporters waited for Sami Duri outside the hall.\n");
        Path data = tmp.resolve("data");
        CountingNlp first = new CountingNlp();
        try (Dramatis d = Dramatis.open(Config.defaults(data), first)) {
            assertThat(d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE).stored()).isEqualTo(2);
        }
        AtomicInteger builds = new AtomicInteger();
        CountingNlp second = new CountingNlp();

        IngestReport again;
        try (Dramatis d = Dramatis.open(Config.defaults(data), () -> {
            builds.incrementAndGet();
            return second;
        })) {
            again = d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        }

        assertThat(first.calls.get()).isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.stored()).isZero();
        assertThat(again.tokens()).isZero();
        assertThat(builds.get()).as("NLP built when every file is known").isZero();
        assertThat(second.calls.get()).isZero();
    }

    @Test
    void reingest_ofAGrowingFolder_analysesOnlyTheNewFile() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("clippings"));
        Files.writeString(in.resolve("a.txt"), "Budget talks\n\nHamid Qarawi opened the talks in Velmora.\n");
        CountingNlp nlp = new CountingNlp();
        Dramatis d = Dramatis.open(Config.defaults(tmp.resolve("data")), nlp);
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        Files.writeString(in.resolve("b.txt"), "Second day\n\nReporters waited for Sami Duri outside the hall.\n");

        IngestReport again = d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        assertThat(nlp.calls.get()).isEqualTo(2);
        assertThat(again.stored()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.outcomes()).filteredOn(o -> o instanceof IngestOutcome.Duplicate)
                .extracting(IngestOutcome::name).containsExactly("a.txt");
    }

    /** The stand-in NLP, counting the documents it is asked to analyse. */
    private static final class CountingNlp implements NlpService {
        final AtomicInteger calls = new AtomicInteger();
        private final FakeNlp fake = new FakeNlp();

        @Override
        public org.dramatis.nlp.AnnotatedDocument annotate(String text, java.time.LocalDate documentDate) {
            calls.incrementAndGet();
            return fake.annotate(text, documentDate);
        }
    }
}
