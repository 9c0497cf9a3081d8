package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.app.Dramatis;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LexiconCommandTest {
    @TempDir
    Path tmp;

    /** Tags each whole line of the text as one ORGANIZATION mention. */
    static final NlpService LINES_ARE_ORGS = (text, date) -> {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                int end = start + line.length();
                Token t = new Token(0, line, line, "NNP", "ORGANIZATION", null, start, end);
                sentences.add(new Sentence(sentences.size(), start, end, line, List.of(t),
                        List.of(new EntityMention(line, "ORGANIZATION", start, end, 0, 1, null)), List.of()));
            }
            start += line.length() + 1;
        }
        return new AnnotatedDocument(text, sentences);
    };

    @Test
    void aliases_joinTwoNamesTheRulesKeepApartAndSurviveReResolution() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Files.writeString(in.resolve("b.txt"), "Coastal Shield Movement\n");
        Path data = tmp.resolve("data");
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
        assertThat(actors(data)).isEqualTo(2);

        Path csv = tmp.resolve("known.csv");
        Files.writeString(csv, "Harbour Defence League,Coastal Shield Movement,Organization\n");
        assertThat(cli.execute("lexicon", "aliases", csv.toString(), "--data", data.toString())).isZero();

        assertThat(out.toString()).contains("corpus re-resolved: 1 actors");
        assertThat(Files.exists(data.resolve("aliases/known.csv"))).isTrue();
        assertThat(actors(data)).isEqualTo(1);
    }

    @Test
    void aliases_badFileIsRejectedWithItsLineAndNothingIsCopied() throws Exception {
        Path data = tmp.resolve("data");
        Path csv = tmp.resolve("broken.csv");
        Files.writeString(csv, "only-one-column\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("lexicon", "aliases", csv.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.csv");
        assertThat(Files.exists(data.resolve("aliases/broken.csv"))).isFalse();
    }

    private int actors(Path data) {
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), LINES_ARE_ORGS)) {
            return d.graph().stats().actors();
        }
    }
}
