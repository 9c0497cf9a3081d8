package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void read_givesSameResultsFromSeveralThreadsSharingOneReader() throws Exception {
        DocumentReader reader = new DocumentReader();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("item" + i + (i % 3 == 0 ? ".html" : i % 3 == 1 ? ".md" : ".txt"));
            String sentence = "The provincial assembly number " + i + " voted to extend the state of emergency by thirty days.";
            Files.writeString(f, i % 3 == 0 ? "<html><body><p>" + sentence + "</p></body></html>" : sentence);
            files.add(f);
        }
        List<String> expected = new ArrayList<>();
        for (Path f : files) {
            expected.add(reader.read(f).get(0).sha256());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> reader.read(f).get(0).sha256()));
            }
            List<String> actual = new ArrayList<>();
            for (Future<String> fu : futures) {
                actual.add(fu.get());
            }
            assertThat(actual).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void read_detectsLanguageOfEachDocument() throws IOException {
        DocumentReader reader = new DocumentReader();
        Path fr = dir.resolve("fr.txt");
        Files.writeString(fr, "Le conseil municipal a voté mardi une nouvelle loi sur les élections locales, "
                + "selon un communiqué publié par la préfecture dans la soirée.");
        Path tiny = dir.resolve("tiny.txt");
        Files.writeString(tiny, "Vote: 12-3");

        assertThat(reader.read(fr).get(0).language()).isEqualTo("fr");
        assertThat(reader.read(tiny).get(0).language()).isEqualTo(SourceDocument.UNDETERMINED);
    }
}
