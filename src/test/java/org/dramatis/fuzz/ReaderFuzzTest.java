package org.dramatis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.ReaderLimits;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any bytes saved as text, Markdown, a feed or a PDF either become documents that keep the reader's promises or a
 * {@link RejectedInput}; no other exception or error escapes. Time is bounded by the readers' construction (limits
 * checked by linear scans before parsing), not asserted here. Seeds hold the shapes that once broke a batch.
 */
class ReaderFuzzTest {
    private static final DocumentReader READER = new DocumentReader();
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("dramatis-reader-fuzz");
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
    void text_givesCleanDocumentsOrRejects(byte[] bytes) throws IOException {
        readAs("clipping.txt", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void markdown_givesCleanDocumentsOrRejects(byte[] bytes) throws IOException {
        readAs("article.md", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void feed_givesCleanDocumentsOrRejects(byte[] bytes) throws IOException {
        List<SourceDocument> docs = readAs("feed.xml", bytes);
        for (SourceDocument d : docs) {
            assertThat(d.name()).matches("feed\\.xml(#\\d+)?");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pdf_givesCleanDocumentsOrRejects(byte[] bytes) throws IOException {
        readAs("report.pdf", bytes);
    }

    /** Reads the bytes under {@code name}; checks what every document promises; a rejection is an empty list. */
    static List<SourceDocument> readAs(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<SourceDocument> docs;
        try {
            docs = READER.read(file);
        } catch (RejectedInput expected) {
            assertThat(expected.getMessage()).startsWith(name + ": ");
            return List.of();
        }
        assertThat(docs).isNotEmpty();
        for (SourceDocument d : docs) {
            assertKeepsPromises(d.text());
        }
        return docs;
    }

    /** Normalized, no control characters, no word past the token limit, and never a non-blank text. */
    static void assertKeepsPromises(String text) {
        assertThat(text).isNotBlank().doesNotContain("\r");
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c == '\n' || !Character.isISOControl(c)).as("control character U+%04X", (int) c).isTrue();
            run = Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : run + 1;
            assertThat(run).isLessThanOrEqualTo(ReaderLimits.DEFAULTS.maxTokenChars());
        }
    }
}
