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
        switch (format) {
            case FTM -> new FtmExporter().write(graph, events, out);
            case GRAPHML -> new GraphmlExporter().write(graph, events, out);
            case CSV -> new CsvExporter().write(graph, events, out);
            case CSV_ACTORS -> new CsvExporter().writeActors(graph, events, out);
            case CSV_FACTS -> new CsvExporter().writeFacts(graph, events, out);
            case CSV_EVENTS -> new CsvExporter().writeEvents(graph, events, out);
        }
    }
}
