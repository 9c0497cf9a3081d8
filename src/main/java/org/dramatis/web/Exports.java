package org.dramatis.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.dramatis.model.FactKind;

/**
 * Writes the graph in an exchange format, for download from the workbench. The composition root implements
 * this port with the export feature; the web layer only checks the format name and sets the download headers.
 */
public interface Exports {
    /**
     * Writes the graph to {@code out}, which the caller closes.
     *
     * @param format "ftm" (FollowTheMoney JSON lines), "graphml", "csv"
     */
    void write(String format, Writer out) throws IOException;

    /**
     * Writes the network as the workbench shows it: the facts between two actors that pass the view's filters and the
     * actors they join, no events. A port that can only write the whole graph refuses any narrower view.
     */
    default void write(String format, View view, Writer out) throws IOException {
        if (!view.whole()) {
            throw ApiException.badRequest("this server exports only the whole graph; leave out actor, kind and asOf");
        }
        write(format, out);
    }

    /**
     * A network view: {@code actor} the focus actor or null for all, {@code kinds} the relation kinds shown or null for
     * all, {@code asOf} an ISO date, year-month or year or null.
     */
    record View(Long actor, Set<FactKind> kinds, String asOf) {
        public View {
            kinds = kinds == null ? null : Set.copyOf(kinds);
        }

        /** Whether the view is the whole graph, events included. */
        public boolean whole() {
            return actor == null && kinds == null && asOf == null;
        }
    }
}
