package org.dramatis.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.ResolvedEntity;

/** JSON columns (lists of reasons, an actor's traits) in and out. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new DramatisException("cannot write JSON list: " + e.getMessage(), e);
        }
    }

    static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new DramatisException("stored JSON list is corrupt: " + json, e);
        }
    }

    static String write(ResolvedEntity.Traits traits) {
        try {
            return MAPPER.writeValueAsString(traits == null ? ResolvedEntity.Traits.NONE : traits);
        } catch (JsonProcessingException e) {
            throw new DramatisException("cannot write an actor's traits as JSON: " + e.getMessage(), e);
        }
    }

    /** An actor's traits; none for a row stored before they were (null). */
    static ResolvedEntity.Traits readTraits(String json) {
        if (json == null || json.isBlank()) {
            return ResolvedEntity.Traits.NONE;
        }
        try {
            return MAPPER.readValue(json, ResolvedEntity.Traits.class);
        } catch (JsonProcessingException e) {
            throw new DramatisException("an actor's stored traits are corrupt: " + json, e);
        }
    }
}
