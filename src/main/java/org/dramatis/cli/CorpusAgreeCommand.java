package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.corpus.Agreement;
import org.dramatis.corpus.AnnotationLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "agree", description = "F1 between two annotations of the same text: mentions by exact span, facts"
        + " by (subject, relation, object) with entities lined up by shared mention spans, events by (type, trigger span).",
        footerHeading = "%nExamples:%n", footer = {
                "  dramatis corpus agree corpus/train/libya/a01-cbl-standoff.ann.jsonl review/a01-cbl-standoff.b.ann.jsonl"})
final class CorpusAgreeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "First annotation (.ann.jsonl, its .txt beside it)")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second annotation of the same text")
    Path b;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AnnotationLoader loader = new AnnotationLoader();
        AnnotationLoader.Result ra = loader.load(a);
        AnnotationLoader.Result rb = loader.load(b);
        if (!ra.ok() || !rb.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            ra.errors().forEach(e -> err.println("error: " + e));
            rb.errors().forEach(e -> err.println("error: " + e));
            err.println("error: fix the annotations first; agreement is computed on clean files only");
            err.flush();
            return ExitCodes.USAGE;
        }
        Agreement.Result result = Agreement.compare(ra.annotated(), rb.annotated());
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.toText());
        out.flush();
        return ExitCodes.OK;
    }
}
