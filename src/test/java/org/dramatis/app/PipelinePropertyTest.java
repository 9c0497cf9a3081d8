package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property of the whole per-document pipeline with a stand-in for the models: whatever a batch holds, the ingest
 * returns, every file gets an outcome, and what is reported stored is what the store holds. The generated files mix
 * text, Markdown, HTML and feeds made of pieces the readers and the extraction rules are sensitive to, a few past a
 * reader limit, and a few whose analysis throws an Error.
 */
class PipelinePropertyTest {
    private static final List<String> PIECES = List.of("Speaker Hamid Qarawi ", "met ", "Colonel Sami Duri ",
            "the Renewal Front ", "Terrorist ", "President President ", "on Monday", ". ", ", ", ": ", "- ", "\"",
            "(", ")", "[", "](x)", "**", "# ", "\n", "\n\n", "2021 ", "said ", "attacked ", "<p>", "</p>", "<div>",
            "&amp;", "\u0007", "\u00A0", "\u062E\u0628\u0631 ", "OVERFLOW ", "EXHAUST ");
    private static final String[] KINDS = {"txt", "md", "html", "xml"};

    @TempDir
    Path tmp;

    @Test
    void ingest_givesEveryFileAnOutcomeAndStoresWhatItReports() throws IOException {
        Random random = new Random(11);
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            files.add(Files.writeString(in.resolve(String.format("%03d.%s", n, kind)), wrap(kind, body(random))));
        }
        TrapNlp nlp = new TrapNlp();
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")).withThreads(2), nlp);

        IngestReport report = dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        Set<Path> reported = new HashSet<>();
        report.outcomes().forEach(o -> reported.add(o.path()));
        assertThat(reported).containsAll(files);
        assertThat(report.outcomes()).filteredOn(o -> o instanceof IngestOutcome.Rejected)
                .allSatisfy(o -> assertThat(((IngestOutcome.Rejected) o).message()).startsWith(o.name() + ": "));
        assertThat(report.rejected()).isPositive();
        assertThat(report.stored()).isPositive();
        assertThat(dramatis.graph().documents()).hasSize((int) report.stored());
        dramatis.close();
    }

    private static String body(Random random) {
        StringBuilder sb = new StringBuilder("Report\n\n");
        int pieces = 5 + random.nextInt(80);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        if (random.nextInt(15) == 0) {
            sb.append("x".repeat(2_500)); // past the word limit
        }
        return sb.append('\n').toString();
    }

    private static String wrap(String kind, String body) {
        return switch (kind) {
            case "html" -> "<html><body><article><p>" + body + "</p></article></body></html>";
            case "xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>A</title>"
                    + "<description>" + body.replace("&", "&amp;").replace("<", "&lt;") + "</description></item>"
                    + "<item><title>B</title><description>The council met.</description></item></channel></rss>";
            default -> body;
        };
    }
}
