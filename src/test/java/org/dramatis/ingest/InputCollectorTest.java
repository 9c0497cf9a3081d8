package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    private final InputCollector collector = new InputCollector();

    @Test
    void collect_expandsFoldersRecursivelyInSortedOrder() throws IOException {
        Path b = touch("corpus/b.txt");
        Path a = touch("corpus/a.txt");
        Path nested = touch("corpus/2021/march/raid.html");
        Path single = touch("extra.md");

        InputCollector.Collected c = collector.collect(List.of(dir.resolve("corpus"), single));

        assertThat(c.problems()).isEmpty();
        assertThat(c.files()).containsExactly(nested, a, b, single);
    }

    @Test
    void collect_skipsHiddenFilesAndFolders() throws IOException {
        Path kept = touch("corpus/kept.txt");
        touch("corpus/.DS_Store");
        touch("corpus/.git/objects/blob.txt");

        InputCollector.Collected c = collector.collect(List.of(dir.resolve("corpus")));

        assertThat(c.files()).containsExactly(kept);
    }

    @Test
    void collect_keepsHiddenFileNamedExplicitly() throws IOException {
        Path hidden = touch(".notes.txt");

        assertThat(collector.collect(List.of(hidden)).files()).containsExactly(hidden);
    }

    @Test
    void collect_reportsMissingInputAndKeepsTheRest() throws IOException {
        Path real = touch("real.txt");
        Path missing = dir.resolve("missing.txt");

        InputCollector.Collected c = collector.collect(List.of(missing, real));

        assertThat(c.files()).containsExactly(real);
        assertThat(c.problems()).containsExactly(new InputCollector.Problem(missing, "no such file or directory"));
        assertThat(c.problems().get(0)).hasToString(missing + ": no such file or directory");
    }

    @Test
    void collect_listsEachFileOnceWhenNamedTwice() throws IOException {
        Path a = touch("corpus/a.txt");

        InputCollector.Collected c = collector.collect(List.of(dir.resolve("corpus"), a, dir.resolve("corpus/./a.txt")));

        assertThat(c.files()).containsExactly(a);
    }

    @Test
    void collect_survivesSymbolicLinkLoop() throws IOException {
        Path a = touch("corpus/sub/a.txt");
        try {
            Files.createSymbolicLink(dir.resolve("corpus/sub/loop"), dir.resolve("corpus"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // file system without symbolic links: nothing to test
        }

        InputCollector.Collected c = collector.collect(List.of(dir.resolve("corpus")));

        assertThat(c.files()).containsExactly(a);
        assertThat(c.problems()).isEmpty();
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "The ministry issued a statement on " + relative + ".");
        return file;
    }
}
