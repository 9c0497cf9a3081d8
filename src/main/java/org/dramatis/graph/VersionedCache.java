package org.dramatis.graph;

import java.util.function.Supplier;

/**
 * One corpus-wide answer kept while the database is unchanged ({@link Database#version()}), so pages that need it
 * on every request do not recompute it from the whole corpus each time.
 */
final class VersionedCache<T> {
    private final Database db;
    private final Supplier<T> compute;
    private long version = -1;
    private T value;

    VersionedCache(Database db, Supplier<T> compute) {
        this.db = db;
        this.compute = compute;
    }

    synchronized T get() {
        long now = db.version();
        if (value == null || now != version) {
            value = compute.get();
            // Read the version after computing too: a write during the computation must not be cached as current.
            version = now == db.version() ? now : -1;
        }
        return value;
    }
}
