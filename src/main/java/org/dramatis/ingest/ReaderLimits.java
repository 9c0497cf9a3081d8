package org.dramatis.ingest;

/**
 * Bounds that keep one bad file from exhausting memory.
 *
 * @param maxBytes       largest file read, checked before reading (default 20 MB)
 * @param maxTextChars   longest normalized text kept per document (default 5 million characters)
 * @param tikaWriteLimit most characters Tika may emit while parsing PDF/DOCX, before normalization (default 10 million)
 */
public record ReaderLimits(long maxBytes, int maxTextChars, int tikaWriteLimit) {

    public static final ReaderLimits DEFAULTS = new ReaderLimits(20L * 1024 * 1024, 5_000_000, 10_000_000);

    public ReaderLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " must be positive");
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars " + maxTextChars + " must be positive");
        }
        if (tikaWriteLimit <= 0) {
            throw new IllegalArgumentException("tikaWriteLimit " + tikaWriteLimit + " must be positive");
        }
    }

    /** The defaults: 20 MB files, 5 million characters of text, 10 million characters from Tika. */
    public static ReaderLimits defaults() {
        return DEFAULTS;
    }

    /** Same limits with another file-size bound. */
    public ReaderLimits withMaxBytes(long bytes) {
        return new ReaderLimits(bytes, maxTextChars, tikaWriteLimit);
    }
}
