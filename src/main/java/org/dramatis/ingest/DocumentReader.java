package org.dramatis.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Reads one file into zero or more clean {@link SourceDocument}s (several for a feed), or says why not
 * with a {@link RejectedInput}. Thread-safe: one instance serves every ingest thread.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(ReaderLimits.defaults());
 * try {
 *     for (SourceDocument doc : reader.read(Path.of("news/raid.html"))) { ... }
 * } catch (RejectedInput e) {
 *     log(e.reason(), e.getMessage());   // "raid.html: binary content (application/octet-stream)"
 * }
 * }</pre>
 *
 * Formats: UTF-8 (or BOM-marked UTF-16) text, Markdown with YAML front matter, HTML (main text only),
 * RSS/Atom (one document per item), and PDF, DOCX, DOC, ODT, RTF, EPUB through Tika.
 */
public final class DocumentReader {

    private enum Route { TEXT, MARKDOWN, HTML, FEED, XML, TIKA, BINARY, UNSUPPORTED }

    private static final Set<String> TIKA_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "application/epub+zip",
            // encrypted office files: Tika names the exact failure when it tries to parse them
            "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice");

    /** Types whose real format only the full, container-opening detector can tell. */
    private static final Set<String> CONTAINER_TYPES = Set.of(
            "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice",
            "application/x-tika-ooxml-protected");

    private static final int SNIFF_BYTES = 8192;
    private static final double MB = 1024.0 * 1024.0;

    private final ReaderLimits limits;
    private final AutoDetectParser parser = new AutoDetectParser();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final TikaReader tika;
    private final LanguageGuesser languages = new LanguageGuesser();

    public DocumentReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tika = new TikaReader(parser, limits.tikaWriteLimit());
    }

    /** A reader with {@link ReaderLimits#defaults()}. */
    public DocumentReader() {
        this(ReaderLimits.defaults());
    }

    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads {@code file}.
     *
     * @return one document, or one per non-empty item for a feed; never empty
     * @throws RejectedInput when the file is empty, binary, unsupported, too large, not valid text,
     *                       corrupted, encrypted or unreadable; the message names the file
     */
    public List<SourceDocument> read(Path file) throws RejectedInput {
        Objects.requireNonNull(file, "file");
        return read(load(file), file, file);
    }

    /**
     * Reads a file's content given as bytes, e.g. on a machine that does not see the file. {@code name} stands for the
     * file: it names the documents and the rejections, and its extension helps tell the type. The documents have no
     * path, and a rejection's {@link RejectedInput#file()} is the name.
     *
     * @param name the file's name ("raid.html"); of a path, the last part is used
     * @throws RejectedInput           as {@link #read(Path)}
     * @throws IllegalArgumentException when the name is blank or no file name at all
     */
    public List<SourceDocument> read(byte[] bytes, String name) throws RejectedInput {
        Objects.requireNonNull(bytes, "bytes");
        Path label = nameAsPath(name);
        if (bytes.length > limits.maxBytes()) {
            throw new RejectedInput(label, RejectedInput.Reason.TOO_LARGE,
                    "too large (" + sizeText(bytes.length) + " > " + sizeText(limits.maxBytes()) + " limit)");
        }
        return read(bytes, label, null);
    }

    /**
     * @param label the file, or its name as a path: it names the documents and the rejections
     * @param file  the file on disk, or null when only its bytes are known
     */
    private List<SourceDocument> read(byte[] bytes, Path label, Path file) {
        String name = RejectedInput.displayName(label);
        if (isBlank(bytes)) {
            throw new RejectedInput(label, RejectedInput.Reason.EMPTY,
                    bytes.length == 0 ? "empty file (0 bytes)" : "only whitespace");
        }
        ZipLimits.check(bytes, label, file, limits); // before detection, which opens containers too
        String type = detect(bytes, name);
        List<Extracted> found = switch (route(type, name)) {
            case TEXT -> List.of(plainText(checkedText(bytes, label, type), name));
            case MARKDOWN -> List.of(MarkdownReader.read(checkedText(bytes, label, type), label, name));
            case HTML -> {
                rejectNulBytes(bytes, label, type);
                yield List.of(HtmlReader.read(bytes, label, name, limits.maxDepth()));
            }
            case FEED, XML -> feed(bytes, label, name, type);
            case TIKA -> List.of(tika.read(bytes, label, name, type));
            case BINARY -> throw new RejectedInput(label, RejectedInput.Reason.BINARY, "binary content (" + type + ")");
            case UNSUPPORTED -> throw new RejectedInput(label, RejectedInput.Reason.UNSUPPORTED_TYPE,
                    "unsupported type (" + type + ")");
        };
        return documents(label, file, found, type);
    }

    private byte[] load(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                String why = Files.exists(file) ? "not a regular file" : "no such file";
                throw new RejectedInput(file, RejectedInput.Reason.UNREADABLE, why);
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE,
                        "too large (" + sizeText(size) + " > " + sizeText(limits.maxBytes()) + " limit)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RejectedInput(file, RejectedInput.Reason.UNREADABLE, "no such file (it vanished)", e);
        } catch (AccessDeniedException e) {
            throw new RejectedInput(file, RejectedInput.Reason.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new RejectedInput(file, RejectedInput.Reason.UNREADABLE, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Magic bytes, file name and XML root first (tika-core's registry, cheap); the full detector, which opens
     * zip and OLE containers to tell DOCX from ZIP, only when the cheap answer is a container or unknown.
     */
    private String detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            String quick = mimeTypes.detect(in, metadata).getBaseType().toString();
            if (!CONTAINER_TYPES.contains(quick)) {
                return quick;
            }
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static Route route(String type, String name) {
        String ext = extension(name);
        if (TIKA_TYPES.contains(type)) {
            return Route.TIKA;
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Route.HTML;
        }
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
            return Route.FEED;
        }
        if (type.equals("text/x-web-markdown") || ext.equals("md") || ext.equals("markdown")) {
            return type.startsWith("text/") ? Route.MARKDOWN : Route.BINARY;
        }
        if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
            return Route.XML;
        }
        if (type.startsWith("text/")) {
            return Route.TEXT;
        }
        if (type.equals(MediaType.OCTET_STREAM.toString())) {
            return Route.BINARY;
        }
        return Route.UNSUPPORTED;
    }

    private static Extracted plainText(String decoded, String name) {
        return new Extracted(name, PlainTextTitles.titleOf(decoded), null, null, null, decoded);
    }

    /** Decoded text whose lines are within the limit, checked before any parsing. */
    private String checkedText(byte[] bytes, Path file, String type) {
        rejectNulBytes(bytes, file, type);
        String text = PlainTextDecoder.decode(bytes, file);
        TextLimits.checkLines(text, file, limits.maxLineChars());
        return text;
    }

    /** Valid UTF-8 allows NUL, but no article contains one: it marks a binary file with a text-like name. */
    private static void rejectNulBytes(byte[] bytes, Path file, String type) {
        if (PlainTextDecoder.hasUtf16Bom(bytes)) {
            return;
        }
        int n = 0;
        int end = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                n++;
            }
        }
        if (n > 0) {
            String t = type.startsWith("text/") ? "application/octet-stream" : type;
            throw new RejectedInput(file, RejectedInput.Reason.BINARY,
                    "binary content (" + t + ", " + n + " NUL bytes in the first " + end + " bytes)");
        }
    }

    private List<Extracted> feed(byte[] bytes, Path file, String name, String type) {
        rejectNulBytes(bytes, file, type);
        try {
            return FeedReader.read(bytes, file, name, limits.maxDepth());
        } catch (FeedReader.NotAFeed e) {
            throw new RejectedInput(file, RejectedInput.Reason.UNSUPPORTED_TYPE,
                    "unsupported type (" + type + " that is not an RSS or Atom feed)", e);
        }
    }

    private List<SourceDocument> documents(Path label, Path file, List<Extracted> found, String type) {
        List<SourceDocument> docs = new ArrayList<>(found.size());
        for (Extracted e : found) {
            String text = TextNormalizer.normalize(e.text());
            if (text.isBlank()) {
                continue; // an empty feed item is skipped; a file with no text at all is rejected below
            }
            if (text.length() > limits.maxTextChars()) {
                throw new RejectedInput(label, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "too much text in %s (%,d characters > %,d limit)", e.name(), text.length(),
                        limits.maxTextChars()));
            }
            TextLimits.checkTokens(text, label, e.name().equals(RejectedInput.displayName(label)) ? null : e.name(),
                    limits.maxTokenChars());
            docs.add(SourceDocument.of(e.name(), file, e.title(), e.outlet(), e.url(), e.published(),
                    languages.guess(text), text));
        }
        if (docs.isEmpty()) {
            throw new RejectedInput(label, RejectedInput.Reason.EMPTY, found.size() > 1 || type.endsWith("xml")
                    ? "no item with text (" + type + ", " + found.size() + " items)"
                    : "no extractable text (" + type + ")");
        }
        return List.copyOf(docs);
    }

    private static Path nameAsPath(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name of the bytes to read is blank");
        }
        try {
            Path path = Path.of(name);
            if (path.getFileName() == null || path.getFileName().toString().isBlank()) {
                throw new IllegalArgumentException("'" + name + "' names no file");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + name + "' is no file name: " + e.getReason(), e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / MB);
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
