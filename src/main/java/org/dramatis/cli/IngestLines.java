package org.dramatis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;

/**
 * Prints each file's outcome the moment it is stored or rejected, flushed, so the output of a run that dies says
 * exactly what was stored: a text line, or with {@code --json} one JSON object per line (JSON lines), then a summary.
 * On a terminal a progress bar runs on stderr below the lines. The Spark module's {@code spark-ingest} prints through it too.
 *
 * <pre>
 * stored     02-mizan-raid.md                         33 mentions, 12 facts, 8 events
 * {"outcome":"stored","name":"02-mizan-raid.md","document":2,"mentions":33,"facts":12,"events":8}
 * </pre>
 */
public final class IngestLines implements IngestPipeline.Progress {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Erases the progress bar's line before a result line takes its place. */
    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter out;
    private final boolean json;
    private final boolean bar;
    private ProgressBar progress;

    /** @param bar whether to show a progress bar (only on a terminal: it redraws its line) */
    public IngestLines(PrintWriter out, boolean json, boolean bar) {
        this.out = out;
        this.json = json;
        this.bar = bar;
    }

    @Override
    public void start(int files) {
        if (bar) {
            // the plain console consumer redraws with a carriage return only, so lines printed above it stay put
            progress = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void done(List<IngestOutcome> outcomes) {
        for (IngestOutcome o : outcomes) {
            out.println((progress != null ? ERASE_LINE : "") + (json ? json(o) : describe(o)));
        }
        out.flush();
        if (progress != null) {
            progress.step();
        }
    }

    /** Stops the progress bar and prints the totals. */
    public void finish(IngestReport report) {
        if (progress != null) {
            progress.close();
            progress = null;
        }
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("stored", report.stored());
            summary.put("duplicates", report.duplicates());
            summary.put("rejected", report.rejected());
            summary.put("ruleFailures", report.ruleFailures());
            summary.put("tokens", report.tokens());
            summary.put("millis", report.millis());
            out.println(write(Map.of("summary", summary)));
        } else {
            out.printf(Locale.ROOT, "%d stored, %d duplicate, %d rejected; %d rule failures; %d tokens in %.1f s%n",
                    report.stored(), report.duplicates(), report.rejected(), report.ruleFailures(), report.tokens(),
                    report.millis() / 1000.0);
        }
        out.flush();
    }

    /** One outcome as a text line; names and messages have their control characters escaped. */
    static String describe(IngestOutcome o) {
        String name = Printable.of(o.name());
        if (o instanceof IngestOutcome.Stored s) {
            String failures = s.ruleFailures() == 0 ? "" : String.format(Locale.ROOT, " (%d rule failure%s, see the log)",
                    s.ruleFailures(), s.ruleFailures() == 1 ? "" : "s");
            return String.format(Locale.ROOT, "stored     %-40s %d mentions, %d facts, %d events%s", name, s.mentions(),
                    s.facts(), s.events(), failures);
        }
        if (o instanceof IngestOutcome.Duplicate d) {
            return String.format(Locale.ROOT, "duplicate  %-40s same content as document %d", name, d.existingId());
        }
        IngestOutcome.Rejected r = (IngestOutcome.Rejected) o;
        return String.format(Locale.ROOT, "rejected   %-40s %s", name, Printable.of(r.message()));
    }

    /** One outcome as one line of JSON. */
    static String json(IngestOutcome o) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (o instanceof IngestOutcome.Stored s) {
            row.put("outcome", "stored");
            row.put("name", s.name());
            row.put("document", s.documentId());
            row.put("mentions", s.mentions());
            row.put("facts", s.facts());
            row.put("events", s.events());
            row.put("ruleFailures", s.ruleFailures());
        } else if (o instanceof IngestOutcome.Duplicate d) {
            row.put("outcome", "duplicate");
            row.put("name", d.name());
            row.put("document", d.existingId());
        } else {
            IngestOutcome.Rejected r = (IngestOutcome.Rejected) o;
            row.put("outcome", "rejected");
            row.put("name", r.name());
            row.put("reason", r.reason());
            row.put("message", r.message());
        }
        row.put("path", o.path() == null ? null : o.path().toString());
        return write(row);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
