package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rule on one sentence (or one document-wide step) so that an exception inside it costs only that rule's
 * output for that sentence: the failure is logged once, counted and kept, and the caller undoes what the rule had
 * written. {@link StackOverflowError} counts as a rule failure too (deep recursion on a strange parse); other errors,
 * such as running out of memory, are the document's problem and propagate.
 */
final class RuleGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RuleGuard.class);

    private final String document;
    private final List<RuleFailure> failures = new ArrayList<>();

    RuleGuard(String document) {
        this.document = document;
    }

    /** Runs {@code body}; on failure calls {@code undo} and records the failure. Returns whether the body succeeded. */
    boolean run(String rule, int sentence, Runnable body, Runnable undo) {
        try {
            body.run();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            RuleFailure f = new RuleFailure(sentence, rule, oneLine(e));
            failures.add(f);
            LOG.warn("rule failure in {}: {}", document, f, e);
            undo.run();
            return false;
        }
    }

    List<RuleFailure> failures() {
        return List.copyOf(failures);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.dramatis.")) {
                where = " at " + frame.getFileName() + ":" + frame.getLineNumber();
                break;
            }
        }
        return e.getClass().getSimpleName() + message + where;
    }
}
