package org.dramatis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dramatis.corpus.Agreement;
import org.dramatis.corpus.AnnotationLoader;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "agree", description = "F1 between two annotations of the same text: mentions by exact span, facts"
        + " by (subject, relation, object) with entities lined up by shared mention spans, events by (type, trigger"
        + " span). Given two folders, every file of B is paired with the file of the same name in A, and the total is"
        + " summed over the pairs.",
        footerHeading = "%nExamples:%n", footer = {
                "  dramatis corpus agree corpus/train/libya/a01-cbl-standoff.ann.jsonl review/a05/a01-cbl-standoff.ann.jsonl",
                "  dramatis corpus agree corpus review/a05     # every article a05 annotated a second time"})
final class CorpusAgreeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "First annotation (.ann.jsonl, its .txt beside it), or a folder")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second annotation of the same text, or a folder")
    Path b;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnotationLoader loader = new AnnotationLoader();
        Map<String, Path[]> pairs = pairs();
        List<Agreement.Result> results = new ArrayList<>();
        boolean failed = false;
        for (Map.Entry<String, Path[]> p : pairs.entrySet()) {
            AnnotationLoader.Result ra = loader.load(p.getValue()[0]);
            AnnotationLoader.Result rb = loader.load(p.getValue()[1]);
            if (!ra.ok() || !rb.ok()) {
                ra.errors().forEach(e -> err.println("error: " + e));
                rb.errors().forEach(e -> err.println("error: " + e));
                failed = true;
                continue;
            }
            Agreement.Result r = Agreement.compare(ra.annotated(), rb.annotated());
            results.add(r);
            if (pairs.size() > 1) {
                out.printf("%-40s mentions %.3f  facts %.3f  events %.3f%n", p.getKey(), r.mentions().f1(),
                        r.facts().f1(), r.events().f1());
            }
        }
        if (pairs.size() > 1) {
            out.println("total over " + results.size() + " articles:");
        }
        out.print(Agreement.total(results).toText());
        out.flush();
        if (failed) {
            err.println("error: some annotations do not check; agreement is computed on clean files only");
            err.flush();
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /** File name to (A, B): one pair for two files, every B file with its namesake in A for two folders. */
    private Map<String, Path[]> pairs() {
        Map<String, Path[]> out = new TreeMap<>();
        if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
            out.put(b.getFileName().toString(), new Path[] {a, b});
            return out;
        }
        if (!Files.isDirectory(a) || !Files.isDirectory(b)) {
            throw new DramatisException("give two .ann.jsonl files or two folders: " + a + ", " + b);
        }
        Map<String, Path> inA = annotations(a);
        annotations(b).forEach((name, pb) -> {
            Path pa = inA.get(name);
            if (pa == null) {
                throw new DramatisException(pb + ": no " + name + " under " + a + " to compare with");
            }
            out.put(name, new Path[] {pa, pb});
        });
        if (out.isEmpty()) {
            throw new DramatisException(b + ": no " + AnnotationLoader.SUFFIX + " files");
        }
        return out;
    }

    private static Map<String, Path> annotations(Path dir) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(AnnotationLoader.SUFFIX)).forEach(p -> {
                Path before = out.put(p.getFileName().toString(), p);
                if (before != null) {
                    throw new DramatisException(p + " and " + before + " have the same name; cannot pair them");
                }
            });
        } catch (IOException e) {
            throw new DramatisException(dir + ": cannot list: " + e.getMessage(), e);
        }
        return out;
    }
}
