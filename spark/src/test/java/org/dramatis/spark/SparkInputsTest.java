package org.dramatis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestRequest;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkInputsTest {
    @TempDir
    Path dir;

    private final SparkInputs inputs = new SparkInputs(new Configuration());

    @Test
    void list_readsTheFilesInProcessIngestReadsInTheSameOrder() throws IOException {
        write("news/b.txt", "b");
        write("news/a/z.md", "z");
        write("news/a/.draft.md", "hidden");
        write("news/.cache/x.txt", "hidden folder");
        write("news/c.html", "c");

        SparkInputs.Listed listed = inputs.list(List.of(dir.resolve("news").toString()), IngestRequest.of(List.of()),
                GivenMetadata.NONE);

        List<Path> inProcess = new InputCollector().collect(List.of(dir.resolve("news"))).files();
        assertThat(listed.tasks()).extracting(t -> SparkInputs.local(new org.apache.hadoop.fs.Path(t.uri())))
                .containsExactlyElementsOf(inProcess);
        assertThat(listed.tasks()).extracting(FileTask::index).containsExactly(0, 1, 2);
        assertThat(listed.problems()).isEmpty();
    }

    @Test
    void list_expandsGlobsOnceEachAndRefusesAnInputThatMatchesNothing() throws IOException {
        write("news/2021-01.html", "a");
        write("news/2021-02.html", "b");
        write("news/2020-12.html", "c");

        SparkInputs.Listed listed = inputs.list(List.of(dir.resolve("news/2021-*").toString(),
                dir.resolve("news/2021-01.html").toString(), dir.resolve("missing").toString()),
                IngestRequest.of(List.of()), GivenMetadata.NONE);

        assertThat(listed.tasks()).extracting(FileTask::name).containsExactly("2021-01.html", "2021-02.html");
        assertThat(listed.problems()).singleElement().satisfies(p -> {
            assertThat(p.name()).endsWith("missing");
            assertThat(((IngestOutcome.Rejected) p).message()).isEqualTo("no such file or directory");
        });
    }

    @Test
    void list_givesEachFileItsManifestRowAndReportsTheBadRows() throws IOException {
        write("clips/a.txt", "a");
        write("clips/b.txt", "b");
        write("clips/clips.csv", "path,outlet,published\na.txt,Tigris Wire,2021-06-10\nb.txt,,4 June 2021\n");

        Manifest manifest = Manifest.read(dir.resolve("clips/clips.csv"));
        GivenMetadata defaults = new GivenMetadata(null, null, null, "2020");
        SparkInputs.Listed listed = inputs.list(List.of(), IngestRequest.of(List.of(), manifest, defaults), defaults);

        assertThat(listed.tasks()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("a.txt");
            assertThat(t.given()).isEqualTo(new GivenMetadata(null, "Tigris Wire", null, "2021-06-10"));
        });
        assertThat(listed.problems()).singleElement().satisfies(p -> assertThat(((IngestOutcome.Rejected) p).message())
                .contains("row 2", "published"));
    }

    @Test
    void waves_cutThePartitionsInOrder() {
        assertThat(SparkIngestJob.waves(5, 2)).containsExactly(new int[] {0, 1}, new int[] {2, 3}, new int[] {4});
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
