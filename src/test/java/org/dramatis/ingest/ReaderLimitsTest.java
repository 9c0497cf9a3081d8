package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader limit rejects a file before the work it bounds, and names the limit in the reason. */
class ReaderLimitsTest {
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    private static void assertTooLarge(DocumentReader reader, Path file, String message) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(RejectedInput.class).hasMessage(message)
                .satisfies(e -> assertThat(((RejectedInput) e).reason()).isEqualTo(RejectedInput.Reason.TOO_LARGE));
    }

    @Test
    void read_rejectsATextLineOverTheLimitNamingTheLine() throws IOException {
        Path file = PathologicalFiles.longLine(dir.resolve("line.txt"), 100_000);

        assertTooLarge(READER, file, "line.txt: line 3 is 100,000 characters, over the 20,000-character limit");
    }

    @Test
    void read_rejectsAMarkdownHeadingOverTheLineLimitBeforeParsingIt() throws IOException {
        Path file = PathologicalFiles.markdownHeading(dir.resolve("heading.md"), 120_000);

        assertTooLarge(READER, file, "heading.md: line 1 is 120,000 characters, over the 20,000-character limit");
    }

    @Test
    void read_rejectsAWordOverTheTokenLimitInAnyFormat() throws IOException {
        Path text = PathologicalFiles.longToken(dir.resolve("token.txt"), 5_000);
        Path html = Files.writeString(dir.resolve("token.html"), "<html><body><p>The council met.</p><p>"
                + "x".repeat(100_000) + "</p></body></html>");

        assertTooLarge(READER, text, "token.txt: the text holds a word of 5,000 characters without a space"
                + " (aaaaaaaaaaaaaaaaaaaa…), over the 2,000-character limit");
        assertTooLarge(READER, html, "token.html: the text holds a word of 100,000 characters without a space"
                + " (xxxxxxxxxxxxxxxxxxxx…), over the 2,000-character limit");
    }

    @Test
    void read_keepsLongLinesAndLongLinksWithinTheLimits() throws IOException {
        String link = "https://news.example/" + "a/".repeat(700);
        Path file = Files.writeString(dir.resolve("ok.md"), "# Title\n\nSee [the report](" + link + ") and " + link
                + " for " + "the council met again ".repeat(700) + "\n");

        assertThat(READER.read(file)).singleElement().satisfies(d -> assertThat(d.text()).contains(link));
    }

    @Test
    void read_rejectsAFeedNestedTooDeepBeforeParsingIt() throws IOException {
        Path file = PathologicalFiles.deepFeed(dir.resolve("deep.xml"), 60_000);

        assertTooLarge(READER, file, "deep.xml: elements nested more than 500 deep, over the 500-level limit");
    }

    @Test
    void read_readsAFeedJustUnderTheDepthLimit() throws IOException {
        Path file = PathologicalFiles.deepFeed(dir.resolve("deep.xml"), 490);

        assertThat(READER.read(file)).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("The council met."));
    }

    @Test
    void read_rejectsAPageNestedTooDeep() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(60_000)
                + "<p>The council met.</p>" + "</div>".repeat(60_000) + "</body></html>");

        assertTooLarge(READER, file, "deep.html: elements nested more than 500 deep, over the 500-level limit");
    }

    @Test
    void read_rejectsADocxThatInflatesPastTheLimitBeforeTikaOpensIt() throws IOException {
        Path file = PathologicalFiles.docxBomb(dir.resolve("bomb.docx"), 5L * 1024 * 1024);
        DocumentReader reader = new DocumentReader(ReaderLimits.defaults().withZip(1024 * 1024, 10_000));

        assertThat(Files.size(file)).isLessThan(100_000);
        assertTooLarge(reader, file, "bomb.docx: inflates to more than the 1 MB limit for ZIP-based documents"
                + " (reached inside word/document.xml)");
    }

    @Test
    void read_rejectsADocxGivenAsBytesThatInflatesPastTheLimit() throws IOException {
        Path file = PathologicalFiles.docxBomb(dir.resolve("bomb.docx"), 5L * 1024 * 1024);
        DocumentReader reader = new DocumentReader(ReaderLimits.defaults().withZip(1024 * 1024, 10_000));

        assertThatThrownBy(() -> reader.read(Files.readAllBytes(file), "bomb.docx")).isInstanceOf(RejectedInput.class)
                .hasMessage("bomb.docx: inflates to more than the 1 MB limit for ZIP-based documents"
                        + " (reached inside word/document.xml)");
    }

    /**
     * An archive whose first local header says its stored entry's size comes after the data: a stream reader stops
     * there, so only the central directory tells how many entries it holds.
     */
    @Test
    void read_countsTheCentralDirectoryOfAnArchiveGivenAsBytesToo() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (int i = 0; i < 50; i++) {
                byte[] part = "<a/>".getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry("part" + i + ".xml");
                e.setMethod(ZipEntry.STORED);
                e.setSize(part.length);
                CRC32 crc = new CRC32();
                crc.update(part);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(part);
                zip.closeEntry();
            }
        }
        byte[] bytes = zipped.toByteArray();
        bytes[6] |= 0x08; // general purpose flag of the first local header: "sizes in a data descriptor"
        Path file = Files.write(dir.resolve("hidden.docx"), bytes);
        DocumentReader reader = new DocumentReader(ReaderLimits.defaults().withZip(1024 * 1024, 20));

        assertTooLarge(reader, file, "hidden.docx: archive holds more than 20 entries, over the limit");
        assertThatThrownBy(() -> reader.read(bytes, "hidden.docx")).isInstanceOf(RejectedInput.class)
                .hasMessage("hidden.docx: archive holds more than 20 entries, over the limit");
    }

    @Test
    void read_rejectsAnArchiveWithTooManyEntries() throws IOException {
        Path file = dir.resolve("many.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 50; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        DocumentReader reader = new DocumentReader(ReaderLimits.defaults().withZip(1024 * 1024, 20));

        assertTooLarge(reader, file, "many.docx: archive holds more than 20 entries, over the limit");
    }

    @Test
    void checkXml_countsOnlyRealStartTags() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"<b>\">]><a><!-- <b><b><b> --><![CDATA[<b><b>]]>"
                + "<c x=\"<d>\" y='>'/><e/><f></f><g><h></h></g></a>";

        Nesting.checkXml(xml, Path.of("a.xml"), 3);
        assertThatThrownBy(() -> Nesting.checkXml(xml, Path.of("a.xml"), 2)).isInstanceOf(RejectedInput.class);
    }
}
