package org.dramatis.app;

import org.dramatis.ingest.RejectedInput;
import org.dramatis.model.DramatisException;
import org.dramatis.nlp.NlpLimitExceeded;

/**
 * A document, or a whole input, that gives nothing to store, with the reason in plain words.
 *
 * @param name    the document's name, or the input's when nothing could be read from it
 * @param reason  the category callers branch on: a {@link RejectedInput.Reason} name when reading failed
 *                ({@code EMPTY}, {@code BINARY}, {@code UNSUPPORTED_TYPE}, {@code TOO_LARGE}, ...), {@link #NLP} when
 *                the analysis failed, {@code TOO_LARGE} when a sentence or token is past the NLP limits
 * @param message what went wrong, naming the document, e.g. {@code "blob.bin: binary content (application/octet-stream)"}
 */
public record Rejection(String name, String reason, String message) implements DocumentOutcome {
    /** The reason given when the analysis of a document that could be read failed. */
    public static final String NLP = "NLP";
    /** The reason given when an input could not be read for a reason the reader does not name. */
    public static final String UNREADABLE = RejectedInput.Reason.UNREADABLE.name();
    /** The reason given when reading a file or analysing a document took longer than its budget. */
    public static final String TIME_BUDGET = "TIME_BUDGET";

    public Rejection {
        if (name == null || reason == null || message == null) {
            throw new IllegalArgumentException("rejection of '" + name + "' needs a name, a reason and a message, has "
                    + reason + " / " + message);
        }
    }

    /** Why an input could not be read: the reader's own reason, or {@link #UNREADABLE} with the failure. */
    public static Rejection ofReading(String name, Throwable e) {
        if (e instanceof RejectedInput r) {
            return new Rejection(name, r.reason().name(), r.getMessage());
        }
        return new Rejection(name, UNREADABLE, name + ": could not be read: " + why(e));
    }

    /** Work on a document or file that ran past its time budget and was interrupted. */
    public static Rejection ofBudget(String name, java.time.Duration budget) {
        return new Rejection(name, TIME_BUDGET, name + ": took longer than its " + DocumentBudget.describe(budget)
                + " time budget");
    }

    /** Why a document that was read could not be analysed: past an NLP limit, or {@link #NLP} with the failure. */
    public static Rejection ofAnalysis(String name, Throwable e) {
        if (e instanceof NlpLimitExceeded) {
            return new Rejection(name, RejectedInput.Reason.TOO_LARGE.name(), name + ": " + e.getMessage());
        }
        return new Rejection(name, NLP, name + ": analysis failed: " + why(e));
    }

    /** A failure in one line of plain words: out of memory and stack overflow said as such. */
    static String why(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + e.getMessage() + ")";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply (stack overflow)";
        }
        return oneLine(e);
    }

    /** Our own exceptions by their message, which names the value; others with their class too. */
    static String oneLine(Throwable e) {
        String s = e instanceof DramatisException && e.getMessage() != null ? e.getMessage() : e.toString();
        return s.replaceAll("\\s+", " ").strip();
    }
}
