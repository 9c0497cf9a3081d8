package org.dramatis.web;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the whole graph in an exchange format, for download from the workbench. The composition root implements
 * this port with the export feature; the web layer only checks the format name and sets the download headers.
 */
public interface Exports {
    /**
     * Writes the graph to {@code out}, which the caller closes.
     *
     * @param format "ftm" (FollowTheMoney JSON lines), "graphml", "csv"
     */
    void write(String format, Writer out) throws IOException;
}
