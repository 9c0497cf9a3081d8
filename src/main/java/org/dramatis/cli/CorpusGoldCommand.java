package org.dramatis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.CorpusChecker;
import org.dramatis.corpus.GoldExport;
import org.dramatis.eval.Gold;
import org.dramatis.ingest.Manifest;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gold", description = "Write the evaluator's gold file (asserted and alleged facts and events, actors"
        + " with their names) from a split or any folder of the corpus, for 'dramatis eval'.",
        footerHeading = "%nExamples:%n", footer = {
                "  dramatis corpus gold corpus/dev --out /tmp/dev-gold.json --manifest /tmp/dev-manifest.csv",
                "  dramatis ingest --data /tmp/dev --manifest /tmp/dev-manifest.csv",
                "  dramatis eval --data /tmp/dev --gold /tmp/dev-gold.json"})
final class CorpusGoldCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A split (corpus/dev), a country folder or the corpus root")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Gold file to write")
    Path outFile;

    @Option(names = "--manifest", paramLabel = "CSV", description = "Also write an ingest manifest (path,title,outlet,"
            + "url,published) naming each article's text with the outlet and publication date its annotation gives, so"
            + " that 'dramatis ingest --manifest CSV' dates every article as its annotator did; without it an article"
            + " whose text states no date is dated from the dates it mentions")
    Path manifest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusChecker.Report report = new CorpusChecker().check(dir);
        if (!report.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            report.errors().forEach(e -> err.println("error: " + e));
            err.println("error: " + report.errors().size() + " errors; no gold written from a corpus that does not check");
            err.flush();
            return ExitCodes.USAGE;
        }
        Gold gold = GoldExport.export(report.documents());
        GoldExport.write(gold, "Exported by 'dramatis corpus gold " + dir + "' from " + report.documents().size()
                + " annotated articles; conventions in docs/annotation.md.", outFile);
        PrintWriter out = spec.commandLine().getOut();
        if (manifest != null) {
            writeManifest(report.documents(), manifest);
            out.println("wrote " + manifest + ": " + report.documents().size() + " articles with their outlet and date");
        }
        out.println("wrote " + outFile + ": " + gold.entities().size() + " actors, " + gold.facts().size() + " facts, "
                + gold.events().size() + " events from " + report.documents().size() + " articles");
        out.flush();
        return ExitCodes.OK;
    }

    /** The manifest rows: each article's text, relative to the manifest's folder where it can be, outlet and date. */
    static void writeManifest(List<Annotated> docs, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 var csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(Manifest.COLUMNS.toArray(String[]::new))
                         .build())) {
                for (Annotated a : docs) {
                    Path txt = a.txt().toAbsolutePath().normalize();
                    String path = folder != null && txt.getRoot() != null && txt.getRoot().equals(folder.getRoot())
                            ? folder.relativize(txt).toString() : txt.toString();
                    csv.printRecord(path, "", a.doc().outlet() == null ? "" : a.doc().outlet(), "",
                            a.doc().published() == null ? "" : a.doc().published());
                }
            }
        } catch (IOException e) {
            throw new DramatisException("cannot write the manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
