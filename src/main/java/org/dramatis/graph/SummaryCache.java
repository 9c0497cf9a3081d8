package org.dramatis.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.ActorSummary;

/**
 * Actor summaries (name, type, mention and document counts) by id, dropped whenever the database changes
 * ({@link Database#version()}). Networks show the same well-known neighbours again and again, and counting a frequent
 * actor's mentions reads thousands of rows: at 100,000 documents this was most of an ego network's time.
 */
final class SummaryCache {
    /** Bounds the memory; far above the actors of a large corpus. */
    private static final int MAX = 200_000;

    private final Database db;
    private final Map<Long, ActorSummary> byId = new HashMap<>();
    private long version = -1;

    SummaryCache(Database db) {
        this.db = db;
    }

    /** The cached summaries among {@code ids} at database version {@code now}. */
    synchronized Map<Long, ActorSummary> get(Collection<Long> ids, long now) {
        Map<Long, ActorSummary> out = new HashMap<>();
        if (now != version) {
            return out;
        }
        for (Long id : ids) {
            ActorSummary s = byId.get(id);
            if (s != null) {
                out.put(id, s);
            }
        }
        return out;
    }

    /** Keeps {@code fresh}, read at version {@code readAt}, unless the database changed since. */
    synchronized void put(List<ActorSummary> fresh, long readAt) {
        if (db.version() != readAt) {
            return;
        }
        if (version != readAt || byId.size() + fresh.size() > MAX) {
            byId.clear();
            version = readAt;
        }
        fresh.forEach(s -> byId.put(s.id(), s));
    }
}
