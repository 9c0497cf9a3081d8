package org.dramatis.ingest;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One article read from disk, with its main text cleaned and hashed.
 *
 * @param name      unique name of the document: the file name, or {@code "feed.xml#3"} for the third item of a feed
 * @param path      the file it came from, or null for a document that came from elsewhere
 * @param sha256    lower-case hex SHA-256 of {@code text} (UTF-8), so the same article re-ingested is recognised
 * @param title     headline, or null when none is known
 * @param outlet    publisher or site name, or null
 * @param url       canonical address of the article, or null
 * @param published publication date, or null when unknown or unparseable
 * @param language  ISO 639-1 code ("en") when one exists, else the ISO 639-3 code, or "und" when undetermined (null becomes "und")
 * @param text      main text, NFC, {@code \n} line ends, paragraphs separated by one blank line, never blank
 */
public record SourceDocument(String name, Path path, String sha256, String title, String outlet, String url,
                             LocalDate published, String language, String text) implements Serializable {

    /** Language code used when the detector is unsure or the text is too short. */
    public static final String UNDETERMINED = "und";

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public SourceDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("document name is blank for path " + path);
        }
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 '" + sha256 + "' of document " + name
                    + " is not 64 lower-case hex characters");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text of document " + name + " is blank");
        }
        if (language == null || language.isBlank()) {
            language = UNDETERMINED;
        }
    }

    /** Builds a document from already normalized text, computing its hash. */
    public static SourceDocument of(String name, Path path, String title, String outlet, String url,
                                    LocalDate published, String language, String text) {
        return new SourceDocument(name, path, sha256Of(text), title, outlet, url, published, language, text);
    }

    /** The same document as read from {@code file}, e.g. when it was read from its bytes on another machine. */
    public SourceDocument withPath(Path file) {
        return new SourceDocument(name, file, sha256, title, outlet, url, published, language, text);
    }

    /** A {@link Path} is not serializable: the document travels with its path as text. */
    @Serial
    private Object writeReplace() {
        return new Serialized(name, path == null ? null : path.toString(), sha256, title, outlet, url, published,
                language, text);
    }

    private record Serialized(String name, String path, String sha256, String title, String outlet, String url,
                              LocalDate published, String language, String text) implements Serializable {
        @Serial
        private Object readResolve() {
            return new SourceDocument(name, path == null ? null : Path.of(path), sha256, title, outlet, url, published,
                    language, text);
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
