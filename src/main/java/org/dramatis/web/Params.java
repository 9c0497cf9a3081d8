package org.dramatis.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.dramatis.model.ActorType;

/** Reads and validates request parameters; every failure names the parameter and the bad value. */
final class Params {
    private Params() {
    }

    static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("path parameter '" + name + "' must be a whole number, got '" + raw + "'");
        }
    }

    static Long optionalLong(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be a whole number, got '" + raw + "'");
        }
    }

    static int intInRange(Context ctx, String name, int fallback, int min, int max) {
        Long value = optionalLong(ctx, name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("query parameter '" + name + "' must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value.intValue();
    }

    static ActorType actorType(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ActorType.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be one of "
                    + java.util.Arrays.toString(ActorType.values()).toLowerCase(Locale.ROOT) + ", got '" + raw + "'");
        }
    }

    /** An ISO date, year-month or year, as the fact dates are stored. */
    static String isoDate(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw ApiException.badRequest("query parameter '" + name + "' must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + raw + "'");
        }
        return v;
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("field '" + name + "' is required");
        }
        return value.strip();
    }
}
