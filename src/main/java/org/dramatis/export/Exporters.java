package org.dramatis.export;

import java.io.Writer;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;

/** One entry point for the CLI and the web: writes the graph in the chosen format. */
public final class Exporters {
    private Exporters() {
    }

    /** Writes the graph to {@code out} in {@code format}; the writer is flushed, never closed. */
    public static void write(ExportFormat format, GraphQueries graph, EventQueries events, Writer out) {
        write(format, graph, events, out, 0);
    }

    /** As {@link #write(ExportFormat, GraphQueries, EventQueries, Writer)}, leaving out claims scored under {@code min}. */
    public static void write(ExportFormat format, GraphQueries graph, EventQueries events, Writer out, double min) {
        switch (format) {
            case FTM -> new FtmExporter(min).write(graph, events, out);
            case GRAPHML -> new GraphmlExporter(min).write(graph, events, out);
            case CSV -> new CsvExporter(min).write(graph, events, out);
            case CSV_ACTORS -> new CsvExporter(min).writeActors(graph, events, out);
            case CSV_FACTS -> new CsvExporter(min).writeFacts(graph, events, out);
            case CSV_EVENTS -> new CsvExporter(min).writeEvents(graph, events, out);
        }
    }
}
