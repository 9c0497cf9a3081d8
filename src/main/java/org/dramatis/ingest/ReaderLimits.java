package org.dramatis.ingest;

/**
 * Bounds that keep one bad file from exhausting memory, the stack or the time of a whole batch. Each is checked before
 * the work it bounds allocates: the file size before reading, the ZIP contents before Tika opens a DOCX or ODT, the
 * nesting of a feed before it is parsed, the lines of text and Markdown before they are parsed, the tokens of every
 * document before it goes to the language models. A file past a limit is rejected with the limit in its reason.
 *
 * @param maxBytes         largest file read, checked before reading (default 20 MB)
 * @param maxTextChars     longest normalized text kept per document (default 5 million characters)
 * @param tikaWriteLimit   most characters Tika may emit while parsing PDF/DOCX, before normalization (default 10 million)
 * @param maxLineChars     longest line of a text or Markdown file (default 20,000 characters; the longest line in the
 *                         example and held-out corpora has 1,410)
 * @param maxTokenChars    longest run of non-space characters in a document's text (default 2,000; a word, a number or
 *                         a long link is far shorter, and CoreNLP runs out of memory on a 100,000-character one)
 * @param maxDepth         deepest element nesting of a feed or web page (default 500; jsoup itself stops nesting at 512)
 * @param maxUnzippedBytes most bytes a ZIP-based document (DOCX, ODT, EPUB) may inflate to (default 100 MB)
 * @param maxZipEntries    most entries in a ZIP-based document (default 10,000)
 */
public record ReaderLimits(long maxBytes, int maxTextChars, int tikaWriteLimit, int maxLineChars, int maxTokenChars,
                           int maxDepth, long maxUnzippedBytes, int maxZipEntries) {

    public static final ReaderLimits DEFAULTS = new ReaderLimits(20L * 1024 * 1024, 5_000_000, 10_000_000, 20_000, 2_000,
            500, 100L * 1024 * 1024, 10_000);

    public ReaderLimits {
        positive("maxBytes", maxBytes);
        positive("maxTextChars", maxTextChars);
        positive("tikaWriteLimit", tikaWriteLimit);
        positive("maxLineChars", maxLineChars);
        positive("maxTokenChars", maxTokenChars);
        positive("maxDepth", maxDepth);
        positive("maxUnzippedBytes", maxUnzippedBytes);
        positive("maxZipEntries", maxZipEntries);
    }

    /** The first three limits given, the others at their defaults. */
    public ReaderLimits(long maxBytes, int maxTextChars, int tikaWriteLimit) {
        this(maxBytes, maxTextChars, tikaWriteLimit, DEFAULTS.maxLineChars, DEFAULTS.maxTokenChars, DEFAULTS.maxDepth,
                DEFAULTS.maxUnzippedBytes, DEFAULTS.maxZipEntries);
    }

    /** The defaults listed above. */
    public static ReaderLimits defaults() {
        return DEFAULTS;
    }

    /** Same limits with another file-size bound. */
    public ReaderLimits withMaxBytes(long bytes) {
        return new ReaderLimits(bytes, maxTextChars, tikaWriteLimit, maxLineChars, maxTokenChars, maxDepth,
                maxUnzippedBytes, maxZipEntries);
    }

    /** Same limits with other ZIP bounds. */
    public ReaderLimits withZip(long unzippedBytes, int zipEntries) {
        return new ReaderLimits(maxBytes, maxTextChars, tikaWriteLimit, maxLineChars, maxTokenChars, maxDepth,
                unzippedBytes, zipEntries);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " " + value + " must be positive");
        }
    }
}
