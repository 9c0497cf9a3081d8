package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.eval.GoldReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    /** Runs a command line whose data directories cannot be opened: corpus commands must not need one. */
    private int run(String... args) {
        CommandLine cli = Cli.commandLine(config -> {
            throw new AssertionError("corpus commands must not open a data directory or load CoreNLP");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args);
    }

    @Test
    void check_exitsZeroOnTheRepositoryCorpusAndTwoWithTheErrorsListed() throws Exception {
        assertThat(run("corpus", "check", "corpus")).isZero();
        assertThat(out.toString()).contains("0 errors");

        Path bad = tmp.resolve("train/testland/a01-x.ann.jsonl");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad.resolveSibling("a01-x.txt"), "Headline\nBody text.\n");
        Files.writeString(bad, "{\"t\":\"doc\",\"author\":\"a01\",\"country\":\"testland\",\"style\":\"blog\"}\n");
        assertThat(run("corpus", "check", tmp.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString()).contains(bad + ":1: doc.style: 'blog' is not one of wire|analysis|")
                .contains("AUTHORS.md: missing or unreadable");
    }

    @Test
    void agree_pairsTheFilesOfTwoFoldersByNameAndSumsThem() throws Exception {
        Path review = tmp.resolve("review");
        try (var files = Files.walk(Path.of("corpus/train"))) {
            // The three articles of author a01, whose text and annotation this test knows.
            for (Path p : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("a01-")).toList()) {
                Files.createDirectories(review);
                String content = Files.readString(p);
                // The second annotator forgot every mention of the second occurrence of a name.
                if (p.toString().endsWith(".ann.jsonl")) {
                    content = String.join("\n", content.lines().filter(l -> !l.contains("\"n\":2}")).toList()) + "\n";
                }
                Files.writeString(review.resolve(p.getFileName()), content);
            }
        }
        Path original = tmp.resolve("original");
        try (var files = Files.walk(Path.of("corpus/train"))) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("a01-")).toList()) {
                Files.createDirectories(original);
                Files.copy(p, original.resolve(p.getFileName()));
            }
        }
        int code = run("corpus", "agree", original.toString(), review.toString());
        assertThat(out.toString()).contains("a01-cbl-standoff.ann.jsonl").contains("total over 3 articles:")
                .contains("facts     F1 1.000").containsPattern("mentions  F1 0\\.\\d{3}  \\(P 1\\.000, R 0\\.");
        assertThat(code).isZero();
    }

    @Test
    void statsAndGold_runOnTheRepositoryCorpus() {
        assertThat(run("corpus", "stats", "corpus")).isZero();
        assertThat(out.toString()).contains("train: ").contains("articles").contains("events");
        Path gold = tmp.resolve("gold.json");
        assertThat(run("corpus", "gold", "corpus/train", "--out", gold.toString())).isZero();
        assertThat(GoldReader.read(gold).entities()).isNotEmpty();
    }

    @Test
    void gold_writesAManifestThatDatesEveryArticleAsItsAnnotationDoes() {
        Path manifest = tmp.resolve("eval/train.csv");
        assertThat(run("corpus", "gold", "corpus/train/libya", "--out", tmp.resolve("gold.json").toString(),
                "--manifest", manifest.toString())).isZero();
        org.dramatis.ingest.Manifest m = org.dramatis.ingest.Manifest.read(manifest);
        assertThat(m.problems()).isEmpty();
        assertThat(m.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.path()).exists());
        Path standoff = m.paths().stream().filter(p -> p.getFileName().toString().equals("a01-cbl-standoff.txt"))
                .findFirst().orElseThrow();
        assertThat(m.lookup(standoff).published()).isEqualTo("2024-08-28");
        assertThat(m.lookup(standoff).outlet()).isEqualTo("Maghreb Wire");
    }
}
