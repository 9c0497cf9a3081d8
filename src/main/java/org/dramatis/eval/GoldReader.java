package org.dramatis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.model.DramatisException;

/**
 * Reads a gold file: {@code {"entities":[{id,type,names,docs}], "facts":[{s,rel,o?,role?,start?,end?,value?,docs}],
 * "events":[{id,type,date?,involved,place?,docs}]}}. Errors name the file and the field: "gold.json: facts[3].rel missing".
 */
public final class GoldReader {
    private GoldReader() {
    }

    public static Gold read(Path file) {
        String where = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DramatisException(where + ": cannot read gold file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DramatisException(where + ": not a JSON object");
        }
        Fields f = new Fields(where);
        List<Gold.Actor> actors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEach(f, root, "entities", (node, path) -> {
            Gold.Actor a = new Gold.Actor(f.required(node, path, "id"), f.required(node, path, "type"),
                    f.strings(node, path, "names", true), f.strings(node, path, "docs", false));
            if (!ids.add(a.id())) {
                throw new DramatisException(where + ": " + path + ".id '" + a.id() + "' is used twice");
            }
            actors.add(a);
        });
        List<Gold.Fact> facts = new ArrayList<>();
        forEach(f, root, "facts", (node, path) -> {
            String s = f.actor(node, path, "s", ids, true);
            String rel = f.required(node, path, "rel");
            String value = f.optional(node, path, "value");
            String o = f.actor(node, path, "o", ids, value == null);
            facts.add(new Gold.Fact(s, rel, o, f.optional(node, path, "role"), f.optional(node, path, "start"),
                    f.optional(node, path, "end"), value, f.strings(node, path, "docs", false)));
        });
        List<Gold.Event> events = new ArrayList<>();
        forEach(f, root, "events", (node, path) -> {
            List<String> involved = f.strings(node, path, "involved", false);
            for (int i = 0; i < involved.size(); i++) {
                if (!ids.contains(involved.get(i))) {
                    throw new DramatisException(where + ": " + path + ".involved[" + i + "] '" + involved.get(i)
                            + "' is not an entity id");
                }
            }
            events.add(new Gold.Event(f.required(node, path, "id"), f.required(node, path, "type"),
                    f.optional(node, path, "date"), involved, f.optional(node, path, "place"),
                    f.strings(node, path, "docs", false)));
        });
        return new Gold(actors, facts, events);
    }

    private interface Item {
        void read(JsonNode node, String path);
    }

    private static void forEach(Fields f, JsonNode root, String field, Item item) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            throw new DramatisException(f.where + ": " + field + " is not an array");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = field + "[" + i + "]";
            if (!node.isObject()) {
                throw new DramatisException(f.where + ": " + path + " is not an object");
            }
            item.read(node, path);
        }
    }

    /** Field access that turns every problem into a message naming the file and the field. */
    private record Fields(String where) {
        String required(JsonNode node, String path, String field) {
            String v = optional(node, path, field);
            if (v == null) {
                throw new DramatisException(where + ": " + path + "." + field + " missing");
            }
            return v;
        }

        String optional(JsonNode node, String path, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode() || v.asText().isBlank()) {
                throw new DramatisException(where + ": " + path + "." + field + " must be a non-blank string");
            }
            return v.asText().strip();
        }

        String actor(JsonNode node, String path, String field, Set<String> ids, boolean required) {
            String v = required ? required(node, path, field) : optional(node, path, field);
            if (v != null && !ids.contains(v)) {
                throw new DramatisException(where + ": " + path + "." + field + " '" + v + "' is not an entity id");
            }
            return v;
        }

        List<String> strings(JsonNode node, String path, String field, boolean nonEmpty) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (nonEmpty) {
                    throw new DramatisException(where + ": " + path + "." + field + " missing");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw new DramatisException(where + ": " + path + "." + field + " is not an array");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode s = v.get(i);
                if (!s.isTextual() || s.asText().isBlank()) {
                    throw new DramatisException(where + ": " + path + "." + field + "[" + i + "] must be a non-blank string");
                }
                out.add(s.asText().strip());
            }
            if (nonEmpty && out.isEmpty()) {
                throw new DramatisException(where + ": " + path + "." + field + " is empty");
            }
            return out;
        }
    }
}
