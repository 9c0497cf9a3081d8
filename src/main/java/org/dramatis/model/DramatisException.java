package org.dramatis.model;

/** Root of the exceptions Dramatis throws on purpose; the message always names the file, field or id involved. */
public class DramatisException extends RuntimeException {
    public DramatisException(String message) {
        super(message);
    }

    public DramatisException(String message, Throwable cause) {
        super(message, cause);
    }
}
