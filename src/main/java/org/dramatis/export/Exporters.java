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
        write(format, graph, events, ExportScope.WHOLE, out, min);
    }

    /** Writes the part of the graph {@code scope} names (the network as the workbench shows it) in {@code format}. */
    public static void write(ExportFormat format, GraphQueries graph, EventQueries events, ExportScope scope, Writer out) {
        write(format, graph, events, scope, out, 0);
    }

    /** As {@link #write(ExportFormat, GraphQueries, EventQueries, ExportScope, Writer)}, leaving out claims scored under {@code min}. */
    public static void write(ExportFormat format, GraphQueries graph, EventQueries events, ExportScope scope, Writer out,
                             double min) {
        ExportData data = ExportData.load(graph, events, scope, min);
        switch (format) {
            case FTM -> new FtmExporter().write(graph, data, out);
            case GRAPHML -> new GraphmlExporter().write(data, out);
            case CSV -> new CsvExporter().write(data, out);
            case CSV_ACTORS -> new CsvExporter().writeActors(data, out);
            case CSV_FACTS -> new CsvExporter().writeFacts(data, out);
            case CSV_EVENTS -> new CsvExporter().writeEvents(data, out);
        }
    }
}
