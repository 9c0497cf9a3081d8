package org.dramatis.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code GET /api/export?format=}: the whole graph as a download, written by the {@link Exports} port. */
final class ExportRoute {
    /** The formats offered, in the order the navigation lists them. */
    static final List<String> FORMATS = List.of("ftm", "graphml", "csv");

    private static final Map<String, String[]> TYPES = Map.of(
            "ftm", new String[] {"application/x-ndjson", "dramatis-ftm.jsonl"},
            "graphml", new String[] {"application/graphml+xml", "dramatis.graphml"},
            "csv", new String[] {"text/csv", "dramatis.csv"});

    private final WebServices services;

    ExportRoute(WebServices services) {
        this.services = services;
    }

    void handle(Context ctx) throws IOException {
        if (services.exports() == null) {
            throw ApiException.notFound("exports are not enabled on this server");
        }
        String format = ctx.queryParam("format");
        if (format == null || !FORMATS.contains(format)) {
            throw ApiException.badRequest("query parameter 'format' must be one of " + FORMATS + ", got '" + format + "'");
        }
        // Written to memory first so that a failing export still becomes a proper error answer, not a cut-off file.
        StringWriter out = new StringWriter();
        services.exports().write(format, out);
        String[] type = TYPES.get(format);
        ctx.header("Content-Disposition", "attachment; filename=\"" + type[1] + "\"");
        ctx.contentType(type[0] + "; charset=utf-8");
        ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
