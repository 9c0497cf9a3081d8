package org.dramatis.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One FollowTheMoney entity being built: every property holds a set of strings, kept in insertion order. */
final class FtmEntity {
    private final String id;
    private final String schema;
    private final Map<String, Set<String>> properties = new LinkedHashMap<>();

    FtmEntity(String id, String schema) {
        this.id = id;
        this.schema = schema;
    }

    String id() {
        return id;
    }

    String schema() {
        return schema;
    }

    /** Adds a value; null and blank values are skipped because FtM has no notion of an empty value. */
    FtmEntity add(String property, String value) {
        if (value != null && !value.isBlank()) {
            properties.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value.strip());
        }
        return this;
    }

    FtmEntity addAll(String property, List<String> values) {
        values.forEach(v -> add(property, v));
        return this;
    }

    /** The {@code {"id", "schema", "properties"}} shape of FtM's JSON lines. */
    Map<String, Object> toJson() {
        Map<String, List<String>> props = new LinkedHashMap<>();
        properties.forEach((k, v) -> props.put(k, new ArrayList<>(v)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("schema", schema);
        out.put("properties", props);
        return out;
    }
}
