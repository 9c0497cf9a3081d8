package org.dramatis.web;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.util.List;
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
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        // BigInteger, so that a number past long's range is reported as out of range rather than as not a number.
        BigInteger value;
        try {
            value = new BigInteger(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be a whole number, got '" + raw + "'");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ApiException.badRequest("query parameter '" + name + "' must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value.intValue();
    }

    /** Which slice of a list endpoint's answer to send: {@code offset} items skipped, at most {@code limit} sent. */
    record Page(int offset, int limit) {
        /** This page of {@code all}; empty past the end. */
        <T> List<T> of(List<T> all) {
            int from = Math.min(offset, all.size());
            return all.subList(from, from + Math.min(limit, all.size() - from));
        }
    }

    /** {@code offset} (0 or more, default 0) and {@code limit} (1 to {@code maxLimit}), as every paged list takes them. */
    static Page page(Context ctx, int defaultLimit, int maxLimit) {
        return new Page(intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                intInRange(ctx, "limit", defaultLimit, 1, maxLimit));
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
