package org.dramatis.app;

import java.time.Duration;
import java.util.Locale;
import org.dramatis.model.DramatisException;

/**
 * How long reading one file, or analysing one document, may take before it is rejected. The budget grows with the
 * text, so a long report gets more time than a short wire story, and is generous: a normal article needs a few seconds
 * of the default two minutes. Past the budget the work is interrupted (CoreNLP stops at its next check); work that does
 * not stop within {@code grace} is abandoned on its thread so the batch goes on.
 *
 * @param base             the time any document or file gets (default 120 s)
 * @param perThousandChars added per 1,000 characters of a document's text, for its analysis (default 5 s; the
 *                         models need about half a second per 1,000 characters on one core)
 * @param perMegabyte      added per MB of a file, for reading it (default 30 s)
 * @param grace            how long interrupted work may take to stop before it is abandoned (default 30 s)
 */
public record DocumentBudget(Duration base, Duration perThousandChars, Duration perMegabyte, Duration grace) {
    public static final DocumentBudget DEFAULT = new DocumentBudget(Duration.ofSeconds(120), Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    public DocumentBudget {
        if (base == null || perThousandChars == null || perMegabyte == null || grace == null) {
            throw new DramatisException("document budget: base, perThousandChars, perMegabyte and grace must be set");
        }
        if (base.isNegative() || base.isZero() || perThousandChars.isNegative() || perMegabyte.isNegative()
                || grace.isNegative()) {
            throw new DramatisException("document budget: base " + base + " must be positive, perThousandChars "
                    + perThousandChars + ", perMegabyte " + perMegabyte + " and grace " + grace + " not negative");
        }
    }

    /** The time to analyse a text of {@code chars} characters. */
    public Duration forText(long chars) {
        return base.plus(perThousandChars.multipliedBy(Math.max(0, chars) / 1000));
    }

    /** The time to read a file of {@code bytes} bytes. */
    public Duration forFile(long bytes) {
        return base.plus(perMegabyte.multipliedBy(Math.max(0, bytes) / (1024 * 1024)));
    }

    /** "130 s" or "0.2 s": how budgets are named in rejection reasons. */
    static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
