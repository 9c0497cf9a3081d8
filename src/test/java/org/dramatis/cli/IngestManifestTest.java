package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.RegexSentences;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ingest --manifest} and {@code --published} through the command line, over a stand-in for the models. */
class IngestManifestTest {
    @TempDir
    Path tmp;
    private Path data;
    private Path clips;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Tags "3 June 2020" as a DATE the way SUTime normalizes it; nothing else. */
    static final NlpService DAYS = (text, date) -> RegexSentences.annotate(text, (tokens, all, begin, sentence) -> days(tokens, all));

    private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]+) (\\d{4})");

    private static List<EntityMention> days(List<Token> tokens, String text) {
        List<EntityMention> out = new ArrayList<>();
        int from = tokens.get(0).begin();
        Matcher m = DAY.matcher(text.substring(from, tokens.get(tokens.size() - 1).end()));
        while (m.find()) {
            int b = from + m.start();
            int e = from + m.end();
            int first = -1;
            int last = -1;
            for (Token t : tokens) {
                first = t.begin() == b ? t.index() : first;
                last = t.end() == e ? t.index() : last;
            }
            String iso = String.format("%s-%02d-%02d", m.group(3),
                    Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)).getValue(), Integer.parseInt(m.group(1)));
            out.add(new EntityMention(m.group(), "DATE", b, e, first, last + 1, iso));
        }
        return out;
    }

    @BeforeEach
    void files() throws Exception {
        data = tmp.resolve("data");
        clips = Files.createDirectories(tmp.resolve("clips"));
        Files.writeString(clips.resolve("a.txt"), "Council meets\n\nThe council met on 3 June 2020 in the capital.\n");
        Files.writeString(clips.resolve("b.txt"), "Port reopens\n\nThe port reopened after the strike.\n");
        Files.writeString(clips.resolve("c.txt"), "Talks stall\n\nThe talks stalled again.\n");
        Files.writeString(clips.resolve("d.txt"), "Budget passes\n\nThe budget passed on 9 May 2021.\n");
    }

    private int run(String... args) {
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, DAYS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Map<String, DocumentSummary> stored() {
        try (Dramatis d = Dramatis.open(Config.defaults(data), DAYS)) {
            return d.graph().documents().stream().collect(Collectors.toMap(DocumentSummary::name, Function.identity()));
        }
    }

    @Test
    void manifest_storesGoodRowsWithTheirValuesAndReportsAMissingFileAndABadDateByRow() throws Exception {
        Files.writeString(clips.resolve("clippings.csv"), """
                path,title,outlet,url,published
                a.txt,Council meets in the capital,Harbour Courier,https://example.org/a,2020-06-04
                b.txt,,Coast Wire,,2019-11
                gone.txt,Lost,,,2021
                c.txt,,,,4 June 2021
                """);

        int code = run("ingest", "--data", data.toString(), "--manifest", clips.resolve("clippings.csv").toString(),
                clips.resolve("d.txt").toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains(
                "clippings.csv row 3 (line 4), field path: no such file or folder 'gone.txt'",
                "clippings.csv row 4 (line 5), field published: '4 June 2021' is not an ISO date",
                "3 stored, 0 duplicate, 2 rejected");
        Map<String, DocumentSummary> docs = stored();
        assertThat(docs.keySet()).containsExactlyInAnyOrder("a.txt", "b.txt", "d.txt");
        DocumentSummary a = docs.get("a.txt");
        assertThat(List.of(a.title(), a.outlet(), a.url(), a.published(), a.datePrecision(), a.dateSource())).containsExactly(
                "Council meets in the capital", "Harbour Courier", "https://example.org/a", "2020-06-04", "DAY", "user");
        DocumentSummary b = docs.get("b.txt");
        assertThat(List.of(b.title(), b.outlet(), b.published(), b.datePrecision(), b.dateSource()))
                .containsExactly("Port reopens", "Coast Wire", "2019-11", "MONTH", "user");
        DocumentSummary d = docs.get("d.txt");
        assertThat(List.of(d.published(), d.datePrecision(), d.dateSource())).containsExactly("2021-05-09", "DAY", "text");
    }

    @Test
    void manifest_aFixedRowStillAppliesToTheFileItOnceRejected() throws Exception {
        Path csv = clips.resolve("clippings.csv");
        Files.writeString(csv, "path,published\nc.txt,2021-13\n");
        assertThat(run("ingest", "--data", data.toString(), "--manifest", csv.toString())).isEqualTo(3);
        assertThat(stored()).isEmpty();

        Files.writeString(csv, "path,published\nc.txt,2021-12\n");
        assertThat(run("ingest", "--data", data.toString(), "--manifest", csv.toString())).isZero();

        assertThat(stored().get("c.txt").published()).isEqualTo("2021-12");
    }

    @Test
    void manifest_isNotReadAsAnArticleNorIsAFileWhoseRowIsUnusable() throws Exception {
        Files.writeString(clips.resolve("clippings.csv"), "path,published\nb.txt,2021-13\n,2020\n");

        int code = run("ingest", "--data", data.toString(), "--manifest", clips.resolve("clippings.csv").toString(), clips.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("clippings.csv row 2 (line 3), field path: empty");
        assertThat(stored().keySet()).containsExactlyInAnyOrder("a.txt", "c.txt", "d.txt");
    }

    @Test
    void published_datesEveryFileOfAFolderAndWinsOverTheText() {
        int code = run("ingest", "--data", data.toString(), "--published", "2022", clips.toString());

        assertThat(code).isZero();
        assertThat(stored().values()).hasSize(4).allSatisfy(d -> assertThat(List.of(d.published(), d.datePrecision(),
                d.dateSource())).containsExactly("2022", "YEAR", "user"));
    }

    @Test
    void published_aDateThatIsNoneOrNothingToReadIsAUsageError() {
        assertThat(run("ingest", "--data", data.toString(), "--published", "June 2021", clips.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--published 'June 2021' is not an ISO date, year-month or year");
        assertThat(run("ingest", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Name files or folders to read, or a --manifest");
        assertThat(Files.exists(data.resolve("dramatis.db"))).isFalse();
    }
}
