package org.dramatis.app;

import java.nio.file.Path;
import java.util.List;

/** Ingests a folder with the fake NLP in a JVM of its own, so a test can kill it at random points. */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        Dramatis dramatis = Dramatis.open(Config.defaults(Path.of(args[0])).withThreads(2), new FakeNlp());
        IngestReport report = dramatis.pipeline().ingest(List.of(Path.of(args[1])), IngestPipeline.Progress.NONE);
        dramatis.close();
        System.out.println("stored " + report.stored() + " duplicate " + report.duplicates());
    }
}
