package org.dramatis.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import org.dramatis.model.FactKind;

/**
 * {@code GET /api/export?format=}: the whole graph as a download, written by the {@link Exports} port. With
 * {@code actor}, {@code kind} (repeated) or {@code asOf} it is the network view as filtered on the network page.
 */
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
        Exports.View view = view(ctx);
        // Written to memory first so that a failing export still becomes a proper error answer, not a cut-off file.
        StringWriter out = new StringWriter();
        services.exports().write(format, view, out);
        String[] type = TYPES.get(format);
        ctx.header("Content-Disposition", "attachment; filename=\"" + type[1] + "\"");
        ctx.contentType(type[0] + "; charset=utf-8");
        ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Exports.View view(Context ctx) {
        Long actor = Params.optionalLong(ctx, "actor");
        if (actor != null && services.graph().actor(actor).isEmpty()) {
            throw ApiException.notFound("no actor with id " + actor);
        }
        List<String> raw = ctx.queryParams("kind");
        Set<FactKind> kinds = null;
        if (!raw.isEmpty()) {
            kinds = EnumSet.noneOf(FactKind.class);
            for (String k : raw) {
                try {
                    kinds.add(FactKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("query parameter 'kind' must be one of "
                            + Arrays.toString(FactKind.values()) + ", got '" + k + "'");
                }
            }
        }
        return new Exports.View(actor, kinds, Params.isoDate(ctx, "asOf"));
    }
}
