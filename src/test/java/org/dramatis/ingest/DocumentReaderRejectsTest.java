package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the reader refuses, each with its reason and a message naming the file ({@link DocumentReaderTest} reads). */
class DocumentReaderRejectsTest {
    private static final String ARTICLE = DocumentReaderTest.ARTICLE;
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void read_rejectsPasswordProtectedPdfAsEncrypted() throws IOException {
        Path file = dir.resolve("secret.pdf");
        try (PDDocument pdf = pdfWithLine("Confidential minutes of the security council meeting.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }

        assertRejected(file, RejectedInput.Reason.ENCRYPTED, "secret.pdf: encrypted");
    }

    @Test
    void read_rejectsTruncatedPdfAsCorrupted() throws IOException {
        Path file = write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstream garbage");

        assertRejected(file, RejectedInput.Reason.CORRUPTED, "broken.pdf: cannot parse application/pdf");
    }

    @Test
    void read_rejectsEmptyAndWhitespaceOnlyFiles() throws IOException {
        assertRejected(write("empty.txt", ""), RejectedInput.Reason.EMPTY, "empty.txt: empty file");
        assertRejected(write("blank.md", " \n\t\r\n  "), RejectedInput.Reason.EMPTY, "blank.md: only whitespace");
    }

    @Test
    void read_rejectsRandomBytesAsBinary() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        bytes[200] = 0;
        Path bin = dir.resolve("blob.bin");
        Files.write(bin, bytes);
        Path disguised = dir.resolve("disguised.txt");
        Files.write(disguised, bytes);

        assertRejected(bin, RejectedInput.Reason.BINARY, "blob.bin: binary content (application/octet-stream");
        assertRejected(disguised, RejectedInput.Reason.BINARY, "disguised.txt: binary content");
    }

    @Test
    void read_rejectsImageAsUnsupportedNamingItsType() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        Path file = dir.resolve("photo.png");
        Files.write(file, png);

        assertRejected(file, RejectedInput.Reason.UNSUPPORTED_TYPE, "photo.png: unsupported type (image/png)");
    }

    @Test
    void read_rejectsZipArchiveAsUnsupported() throws IOException {
        Path file = dir.resolve("bundle.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("inside.txt"));
            zip.write("The archive holds one short note about the cabinet.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRejected(file, RejectedInput.Reason.UNSUPPORTED_TYPE, "bundle.zip: unsupported type (application/zip)");
    }

    @Test
    void read_rejectsInvalidUtf8WithOffset() throws IOException {
        byte[] good = "Minister Pell resigned on ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 6];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        System.arraycopy("day.".getBytes(StandardCharsets.US_ASCII), 0, bytes, good.length + 2, 4);
        Path file = dir.resolve("notes.txt");
        Files.write(file, bytes);

        assertRejected(file, RejectedInput.Reason.NOT_TEXT,
                "notes.txt: not valid UTF-8 text (invalid byte 0xC3 at offset " + good.length + ")");
    }

    @Test
    void read_rejectsFileAboveLimitBeforeReading() throws IOException {
        Path file = write("big.txt", ARTICLE.repeat(40));
        DocumentReader tiny = new DocumentReader(ReaderLimits.defaults().withMaxBytes(1024));

        assertRejected(tiny, file, RejectedInput.Reason.TOO_LARGE, "big.txt: too large (");
        assertThat(new DocumentReader(new ReaderLimits(1L << 20, 100, 1000)).limits().maxTextChars()).isEqualTo(100);
        assertRejected(new DocumentReader(new ReaderLimits(1L << 20, 100, 1000)), file,
                RejectedInput.Reason.TOO_LARGE, "big.txt: too much text");
    }

    @Test
    void read_rejectsMissingFileAsUnreadable() {
        assertRejected(dir.resolve("gone.txt"), RejectedInput.Reason.UNREADABLE, "gone.txt: no such file");
    }

    @Test
    void read_rejectsXmlThatIsNotAFeed() throws IOException {
        Path file = write("config.xml", "<?xml version=\"1.0\"?><settings><mode>fast</mode></settings>");

        assertRejected(file, RejectedInput.Reason.UNSUPPORTED_TYPE, "config.xml: unsupported type");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static PDDocument pdfWithLine(String line) throws IOException {
        return DocumentReaderTest.pdfWithLine(line);
    }

    private static void assertRejected(Path file, RejectedInput.Reason reason, String messageStart) {
        assertRejected(READER, file, reason, messageStart);
    }

    private static void assertRejected(DocumentReader reader, Path file, RejectedInput.Reason reason,
                                       String messageStart) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RejectedInput.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(((RejectedInput) e).reason()).isEqualTo(reason));
    }
}
