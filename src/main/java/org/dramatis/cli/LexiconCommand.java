package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dramatis.app.Dramatis;
import org.dramatis.app.LexiconCheck;
import org.dramatis.lexicon.Kind;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lexicon", description = "Add your own data file of any kind (aliases, glossary, honorifics, capitals, posts,"
        + " roles, events, relations, demonyms and every word list; README lists them), then re-resolve the corpus."
        + " No rebuild: the files are kept in the data directory and read at every resolution and ingest.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis lexicon aliases known-aliases.csv   # canonical name,alias,type",
                "  dramatis lexicon glossary persian-terms.tsv  # term|variant<TAB>meaning|meaning",
                "  dramatis lexicon honorifics titles.txt       # one title per line",
                "  dramatis lexicon capitals capitals.tsv       # capital<TAB>country",
                "  dramatis lexicon posts single-posts.txt      # one post per line: chief justice, minister of *",
                "  dramatis lexicon roles more-titles.txt       # title phrase[<TAB>canonical role]"})
final class LexiconCommand implements Callable<Integer> {
    @ParentCommand
    DramatisCommand parent;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "KIND", description = "The kind of data file: the name of its bundled file"
            + " without extension (roles, capitals, area-nouns ...), or aliases")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to add")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Kind k = Kind.byId(kind).orElseThrow(() -> new DramatisException("unknown lexicon kind '" + kind + "'; use one of "
                + Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "))));
        if (!Files.isRegularFile(file)) {
            throw new DramatisException(file + ": no such file");
        }
        LexiconCheck.check(k, file);
        try (Dramatis dramatis = parent.open(data.config())) {
            Path dir = dramatis.resolvers().files().userDir(k);
            Path target = dir.resolve(stem(file) + k.extension());
            Files.createDirectories(dir);
            // Marked before the copy: a crash between the copy and the re-resolution is finished at the next start.
            dramatis.resolutionState().requestReresolution();
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            org.dramatis.graph.CrashPoints.reached("lexicon.copied");
            dramatis.corrections().reresolve();
            PrintWriter out = spec.commandLine().getOut();
            out.println("added " + target + "; corpus re-resolved: " + dramatis.graph().stats().actors() + " actors");
            if (k.readBy().equals("extraction") || k.readBy().equals("both")) {
                out.println("note: extraction reads " + k.id() + " too: documents ingested from now on use it;"
                        + " documents already stored keep what was extracted from them");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (java.io.IOException e) {
            throw new DramatisException("cannot copy " + file + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
