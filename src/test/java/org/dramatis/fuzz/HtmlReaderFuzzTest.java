package org.dramatis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any bytes saved as {@code .html} either become clean text or a {@link RejectedInput}; no other exception escapes and
 * no script element survives into the text.
 */
class HtmlReaderFuzzTest {
    private static final DocumentReader READER = new DocumentReader();
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("dramatis-html-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "30s")
    void read_givesCleanTextOrRejects(byte[] bytes) throws IOException {
        Path file = dir.resolve("page.html");
        Files.write(file, bytes);
        List<SourceDocument> docs;
        try {
            docs = READER.read(file);
        } catch (RejectedInput expected) {
            return;
        }
        assertThat(docs).isNotEmpty();
        for (SourceDocument doc : docs) {
            assertThat(doc.text().toLowerCase(Locale.ROOT)).doesNotContain("<script");
        }
    }
}
