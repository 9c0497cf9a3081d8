package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.app.ResolverFactory;
import org.dramatis.graph.PostRules;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lexicon", description = "Add your own alias list, glossary, honorifics, capitals or posts held by one person at a time, then re-resolve the corpus."
        + " No rebuild: the files are kept in the data directory and read at every resolution.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis lexicon aliases known-aliases.csv   # canonical name,alias,type",
                "  dramatis lexicon glossary persian-terms.tsv  # term|variant<TAB>meaning|meaning",
                "  dramatis lexicon honorifics titles.txt       # one title per line",
                "  dramatis lexicon capitals capitals.tsv       # capital<TAB>country",
                "  dramatis lexicon posts single-posts.txt      # one post per line: chief justice, minister of *"})
final class LexiconCommand implements Callable<Integer> {
    @ParentCommand
    DramatisCommand parent;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "KIND", description = "aliases, glossary, honorifics, capitals or posts")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to add")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new DramatisException(file + ": no such file");
        }
        try (Dramatis dramatis = parent.open(data.config())) {
            ResolverFactory f = dramatis.resolvers();
            Path dir;
            String suffix;
            NameKeys keys = NameKeys.load();
            switch (kind) {
                case "aliases" -> {
                    AliasTable.load(file, keys);
                    dir = f.aliasDir();
                    suffix = ".csv";
                }
                case "glossary" -> {
                    Glossary.load(keys, List.of(file));
                    dir = f.glossaryDir();
                    suffix = ".tsv";
                }
                case "honorifics" -> {
                    NameKeys.load(List.of(file));
                    dir = f.honorificDir();
                    suffix = ".txt";
                }
                case "posts" -> {
                    PostRules.check(file);
                    dir = PostRules.userDir(dramatis.config().dataDir());
                    suffix = ".txt";
                }
                case "capitals" -> {
                    new DocumentClusterer(keys, Glossary.load(keys), List.of(file));
                    dir = f.capitalDir();
                    suffix = ".tsv";
                }
                default -> throw new DramatisException("unknown lexicon kind '" + kind
                        + "'; use aliases, glossary, honorifics, capitals or posts");
            }
            Path target = dir.resolve(stem(file) + suffix);
            Files.createDirectories(dir);
            // Marked before the copy: a crash between the copy and the re-resolution is finished at the next start.
            dramatis.resolutionState().requestReresolution();
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            org.dramatis.graph.CrashPoints.reached("lexicon.copied");
            dramatis.corrections().reresolve();
            PrintWriter out = spec.commandLine().getOut();
            out.println("added " + target + "; corpus re-resolved: " + dramatis.graph().stats().actors() + " actors");
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
