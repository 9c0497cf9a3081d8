package org.dramatis.ingest;

import java.nio.file.Path;
import java.util.Objects;

import org.dramatis.model.DramatisException;

/**
 * A file that cannot become a document. Callers record it and carry on; the message names the file and
 * says why in plain words, e.g. {@code "blob.bin: binary content (application/octet-stream)"}.
 */
public final class RejectedInput extends DramatisException {

    /** Why a file was rejected; callers may branch on it (e.g. to count duplicates of a kind). */
    public enum Reason {
        /** Zero bytes, only whitespace, or no extractable text. */
        EMPTY,
        /** Not text and not a document format (octet-stream, NUL bytes). */
        BINARY,
        /** A recognised type Dramatis does not read (images, archives, plain XML). */
        UNSUPPORTED_TYPE,
        /** File or extracted text above the configured limit. */
        TOO_LARGE,
        /** Meant to be text but not valid UTF-8 (or UTF-16 with a byte-order mark). */
        NOT_TEXT,
        /** A document format that fails to parse. */
        CORRUPTED,
        /** Password-protected or encrypted document. */
        ENCRYPTED,
        /** Missing, vanished, not a regular file, or not permitted. */
        UNREADABLE
    }

    private final transient Path file;
    private final Reason reason;

    /** @param detail plain-words reason, e.g. "binary content (image/png)"; the file name is prefixed */
    public RejectedInput(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    /** As {@link #RejectedInput(Path, Reason, String)}, keeping the library exception that caused it. */
    public RejectedInput(Path file, Reason reason, String detail, Throwable cause) {
        super(displayName(file) + ": " + detail, cause);
        this.file = file;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The rejected file. */
    public Path file() {
        return file;
    }

    /** The category callers branch on. */
    public Reason reason() {
        return reason;
    }

    static String displayName(Path file) {
        if (file == null) {
            return "<unknown file>";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
