package org.dramatis.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dramatis.model.DramatisException;

/** The export formats, each with the names it is known by on the command line and its usual file extension. */
public enum ExportFormat {
    /** FollowTheMoney entities as JSON lines. */
    FTM("ftm.json", "ftm", "followthemoney", "jsonl"),
    /** Directed GraphML for Gephi and networkx. */
    GRAPHML("graphml", "graphml", "gml"),
    /** One CSV table of facts with actor names inline. */
    CSV("csv", "csv"),
    /** CSV table of actors. */
    CSV_ACTORS("actors.csv", "csv-actors", "actors"),
    /** CSV table of facts with actor ids. */
    CSV_FACTS("facts.csv", "csv-facts", "facts"),
    /** CSV table of events. */
    CSV_EVENTS("events.csv", "csv-events", "events");

    private final String extension;
    private final List<String> names;

    ExportFormat(String extension, String... names) {
        this.extension = extension;
        this.names = List.of(names);
    }

    /** The usual file extension, without the dot ("graphml", "ftm.json"). */
    public String extension() {
        return extension;
    }

    /**
     * Parses a format name case-insensitively ("ftm", "GraphML", "csv-facts").
     *
     * @throws DramatisException naming the value and listing the valid formats
     */
    public static ExportFormat parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportFormat f : values()) {
            if (f.names.contains(v)) {
                return f;
            }
        }
        throw new DramatisException("unknown export format '" + value + "'; valid formats: " + validNames());
    }

    /** The primary names of all formats, comma-separated, for help texts and errors. */
    public static String validNames() {
        return Arrays.stream(values()).map(f -> f.names.get(0)).collect(Collectors.joining(", "));
    }
}
