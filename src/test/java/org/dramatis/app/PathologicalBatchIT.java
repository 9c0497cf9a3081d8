package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dramatis.cli.Main;
import org.dramatis.ingest.PathologicalFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch of issue 11: small files that each ended a whole run (out of memory, stack overflow, minutes of
 * backtracking) ingested beside two good articles through the real command line, with the real models, in a JVM with
 * the launcher's 5 GB heap (the integration tests' own JVM has 8 GB). Each bad file is rejected with its reason, both
 * articles are stored, and the run exits with 3.
 */
class PathologicalBatchIT {
    static final Path ARTICLES = Path.of("examples/articles");

    @TempDir
    Path tmp;

    @Test
    void ingest_rejectsEachPathologicalFileWithItsReasonAndStoresTheGoodArticles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ARTICLES.resolve("02-mizan-raid.md"), in.resolve("02-mizan-raid.md"));
        Files.copy(ARTICLES.resolve("04-detainees-released.txt"), in.resolve("04-detainees-released.txt"));
        Path bomb = PathologicalFiles.docxBomb(in.resolve("bomb.docx"), 1L << 30);
        assertThat(Files.size(bomb)).isLessThan(2L << 20); // about 1 MB on disk
        PathologicalFiles.deepFeed(in.resolve("deep-feed.xml"), 60_000);
        PathologicalFiles.markdownHeading(in.resolve("heading.md"), 120_000);
        Files.writeString(in.resolve("token.html"), "<html><body><article><p>The council met on Monday.</p><p>"
                + "a".repeat(100_000) + "</p></article></body></html>");
        PathologicalFiles.longLine(in.resolve("line.txt"), 100_000);
        PathologicalFiles.repeatedTitles(in.resolve("titles.txt"), 5_000);
        PathologicalFiles.digitRun(in.resolve("digits.txt"), 100_000);
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out.txt");

        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx5g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest",
                "--threads", "2", "--data", data.toString(), in.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).as("ingest finished").isTrue();
        String report = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(report).isEqualTo(3);
        assertThat(report)
                .containsPattern("stored\\s+02-mizan-raid.md\\s+\\d+ mentions")
                .containsPattern("stored\\s+04-detainees-released.txt\\s+\\d+ mentions")
                .contains("rejected   bomb.docx                                bomb.docx: inflates to more than the"
                        + " 100 MB limit for ZIP-based documents (reached inside word/document.xml)")
                .contains("deep-feed.xml: elements nested more than 500 deep, over the 500-level limit")
                .contains("heading.md: line 1 is 120,000 characters, over the 20,000-character limit")
                .contains("token.html: the text holds a word of 100,000 characters without a space")
                .contains("line.txt: line 3 is 100,000 characters, over the 20,000-character limit")
                .contains("titles.txt: sentence 2 (line 3) has 5,000 tokens, over the 1,000-token limit")
                .containsPattern("digits.txt: sentence 2 \\(line 3\\) has 10\\d,\\d\\d\\d tokens, over the 1,000-token limit")
                .contains("2 stored, 0 duplicate, 7 rejected");
        assertThat(report).doesNotContain("OutOfMemoryError", "StackOverflowError");
        try (Dramatis dramatis = Dramatis.open(Config.defaults(data), new FakeNlp())) {
            assertThat(dramatis.graph().documents()).extracting(d -> d.name())
                    .containsExactlyInAnyOrder("02-mizan-raid.md", "04-detainees-released.txt");
        }
    }
}
