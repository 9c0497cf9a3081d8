package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of broken input in one folder, generated here (no binaries in the repository): each gives a clear
 * per-file outcome, the batch goes on, and nothing of a rejected file is stored.
 */
class BadInputSuiteTest {
    @TempDir
    Path tmp;

    @Test
    void ingest_survivesAFolderOfBrokenInputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Harbour talks\n\nMinister Leyla Harrow met Colonel Sami Duri in the port.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("blob.bin"), new byte[] {0, 0, 1, 2, 3, (byte) 0xfe, 0, 9});
        Files.write(in.resolve("truncated.pdf"), truncatedPdf());
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 de la R\u00e9publique, \u00e9t\u00e9 2020".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>Deep text about"
                + " the council.</p>" + "</div>".repeat(10_000) + "</body></html>");
        Files.write(in.resolve("bomb.zip"), zipBomb());
        Files.writeString(in.resolve("script.html"), "<html><head><title>T</title><script>alert('x')</script></head>"
                + "<body><article><p>The Renewal Front met on Monday to discuss the harbour budget and the new"
                + " port tariffs.</p></article></body></html>");
        Files.writeString(in.resolve("arabic.txt"), "\u0627\u062c\u062a\u0645\u0639 \u0631\u0626\u064a\u0633"
                + " \u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u0645\u0639 \u0642\u0627\u062f\u0629 \u0627\u0644\u0623"
                + "\u062d\u0632\u0627\u0628 \u0641\u064a \u0627\u0644\u0639\u0627\u0635\u0645\u0629.\n");
        Files.createSymbolicLink(in.resolve("loop"), in);
        Path big = in.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "The committee met again and adjourned without a vote.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")).withThreads(2), new FakeNlp());
        IngestReport report = dramatis.pipeline().ingest(List.of(in, tmp.resolve("missing-folder")),
                IngestPipeline.Progress.NONE);

        Map<String, IngestOutcome> byName = report.outcomes().stream()
                .collect(Collectors.toMap(IngestOutcome::name, o -> o, (a, b) -> a));
        assertThat(reason(byName.get("empty.txt"))).isEqualTo("EMPTY");
        assertThat(reason(byName.get("blob.bin"))).isEqualTo("BINARY");
        assertThat(reason(byName.get("truncated.pdf"))).isIn("CORRUPTED", "EMPTY");
        assertThat(reason(byName.get("latin1.txt"))).isEqualTo("NOT_TEXT");
        assertThat(reason(byName.get("bomb.zip"))).isEqualTo("TOO_LARGE"); // 300 MB of zeros, measured before Tika
        assertThat(reason(byName.get("big.txt"))).isEqualTo("TOO_LARGE");
        assertThat(byName.keySet()).anyMatch(n -> n.contains("missing-folder"));
        assertThat(byName.get("good.txt")).isInstanceOf(IngestOutcome.Stored.class);
        assertThat(byName.get("script.html")).isInstanceOf(IngestOutcome.Stored.class);
        assertThat(byName.get("arabic.txt")).isInstanceOf(IngestOutcome.Stored.class);
        assertThat(byName.get("deep.html")).isNotNull();
        for (IngestOutcome o : report.outcomes()) {
            if (o instanceof IngestOutcome.Rejected r) {
                assertThat(r.message()).as("message for " + r.name()).isNotBlank();
            }
        }

        long stored = report.stored();
        assertThat(dramatis.graph().documents()).hasSize((int) stored);
        assertThat(dramatis.graph().documents()).noneMatch(d -> d.name().equals("big.txt") || d.name().equals("bomb.zip"));
        var script = dramatis.graph().documents().stream().filter(d -> d.name().equals("script.html")).findFirst()
                .orElseThrow();
        assertThat(dramatis.graph().document(script.id()).orElseThrow().text()).doesNotContain("alert");
        var arabic = dramatis.graph().documents().stream().filter(d -> d.name().equals("arabic.txt")).findFirst()
                .orElseThrow();
        assertThat(arabic.language()).isIn("ar", "fa", "ur", "und");
    }

    @Test
    void ingest_reportsAFileRemovedBeforeItIsRead() throws Exception {
        Path gone = tmp.resolve("gone.txt");
        Files.writeString(gone, "Short lived\n\nThis article was deleted before it was read.\n");
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new FakeNlp());
        Files.delete(gone);

        IngestReport report = dramatis.pipeline().ingest(List.of(gone), IngestPipeline.Progress.NONE);

        assertThat(report.anyFailed()).isTrue();
        assertThat(report.outcomes()).singleElement().isInstanceOf(IngestOutcome.Rejected.class);
        assertThat(dramatis.graph().documents()).isEmpty();
    }

    private static String reason(IngestOutcome o) {
        assertThat(o).isInstanceOf(IngestOutcome.Rejected.class);
        return ((IngestOutcome.Rejected) o).reason();
    }

    private static byte[] truncatedPdf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("The harbour council met on Monday.");
                text.endText();
            }
            pdf.save(bytes);
        }
        byte[] whole = bytes.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 3);
    }

    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("layer" + i + ".txt"));
                for (int j = 0; j < 100; j++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
