package org.dramatis.app;

import java.io.Writer;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.ExportScope;
import org.dramatis.export.Exporters;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.web.Exports;

/** The workbench's export port, written by the export feature: the whole graph or the network view as filtered. */
final class GraphExports implements Exports {
    private final GraphQueries graph;
    private final EventQueries events;

    GraphExports(GraphQueries graph, EventQueries events) {
        this.graph = graph;
        this.events = events;
    }

    @Override
    public void write(String format, Writer out) {
        Exporters.write(ExportFormat.parse(format), graph, events, out);
    }

    @Override
    public void write(String format, View view, Writer out) {
        Exporters.write(ExportFormat.parse(format), graph, events, new ExportScope(view.actor(), view.kinds(), view.asOf()),
                out);
    }
}
