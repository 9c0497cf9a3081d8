package org.dramatis.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files that once cost a whole batch, written by the tests that need them (no binaries in the repository). */
public final class PathologicalFiles {
    private PathologicalFiles() {
    }

    /**
     * A DOCX whose {@code word/document.xml} inflates to about {@code inflatedBytes}: one paragraph of one repeated
     * letter, which DEFLATE packs about a thousand to one (a 1 GB part in a file of about 1 MB).
     */
    public static Path docxBomb(Path file, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer out = new BufferedWriter(new java.io.OutputStreamWriter(uncloseable(zip), StandardCharsets.UTF_8), 1 << 16);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            char[] letters = new char[1 << 16];
            java.util.Arrays.fill(letters, 'a');
            for (long written = 0; written < inflatedBytes; written += letters.length) {
                out.write(letters);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>");
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** An Atom feed whose one entry nests {@code depth} elements deep. */
    public static Path deepFeed(Path file, int depth) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Deep</title><entry><title>Deep item</title><content type=\"xhtml\">" + "<div>".repeat(depth)
                + "The council met." + "</div>".repeat(depth) + "</content></entry></feed>\n");
    }

    /** Markdown whose heading line is {@code chars} characters long. */
    public static Path markdownHeading(Path file, int chars) throws IOException {
        StringBuilder heading = new StringBuilder("# ");
        while (heading.length() < chars) {
            heading.append("**Council [vote](x) ");
        }
        return Files.writeString(file, heading.substring(0, chars) + "\n\nThe council met on Monday.\n");
    }

    /** Text holding one word of {@code chars} letters, in lines of at most 80 characters around it. */
    public static Path longToken(Path file, int chars) throws IOException {
        return Files.writeString(file, "Council report\n\nThe council met on Monday.\n" + "a".repeat(chars) + "\n");
    }

    /** Text whose third line holds {@code chars} characters of ordinary words. */
    public static Path longLine(Path file, int chars) throws IOException {
        StringBuilder line = new StringBuilder();
        while (line.length() < chars) {
            line.append("the council met again ");
        }
        return Files.writeString(file, "Council report\n\n" + line.substring(0, chars) + "\n");
    }

    /** Text of {@code count} repeated title words in lines of 50: one run-on sentence, every line short. */
    public static Path repeatedTitles(Path file, int count) throws IOException {
        StringBuilder text = new StringBuilder("Council report\n\n");
        for (int i = 1; i <= count; i++) {
            // Lower case: a text hard-wrapped mid-sentence, so its lines are read as one sentence.
            text.append("president").append(i % 50 == 0 ? '\n' : ' ');
        }
        return Files.writeString(file, text);
    }

    /** Text holding {@code count} space-separated digits in lines of 100: one run-on sentence, every line short. */
    public static Path digitRun(Path file, int count) throws IOException {
        StringBuilder text = new StringBuilder("Council report\n\nThe figures were ");
        for (int i = 1; i <= count; i++) {
            // Each line opens in lower case: hard-wrapped, so the lines are read as one sentence.
            text.append(i % 10).append(i % 50 == 0 ? "\nand " : " ");
        }
        return Files.writeString(file, text.append(".\n"));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static OutputStream uncloseable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        };
    }
}
