package org.dramatis.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one annotation record that turns every problem into a {@link CorpusError} naming the
 * file, the line and the field ("fact.start"), and answers null so that reading can go on and report the rest.
 */
final class JsonFields {
    private static final Pattern ISO_PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private final Path file;
    private final List<CorpusError> errors;
    private final int line;
    private final String kind;
    private final JsonNode node;

    JsonFields(Path file, List<CorpusError> errors, int line, String kind, JsonNode node) {
        this.file = file;
        this.errors = errors;
        this.line = line;
        this.kind = kind;
        this.node = node;
    }

    int line() {
        return line;
    }

    void error(String field, String message) {
        errors.add(new CorpusError(file, line, field == null ? kind : kind + "." + field, message));
    }

    /** Reports every field not in {@code allowed}: a typo ("targets") must not silently drop what it holds. */
    void allowOnly(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                error(f, "unknown field; a " + kind + " has " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A non-blank string, or null (reported when {@code required}). */
    String str(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(field, "missing");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            error(field, "must be a non-blank string, not " + v);
            return null;
        }
        return v.asText();
    }

    /** A whole number of at least 1, {@code fallback} when absent; null when invalid. */
    Integer occurrence(String field, int fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isInt() || v.asInt() < 1) {
            error(field, "must be a whole number from 1, not " + v);
            return null;
        }
        return v.asInt();
    }

    /** An entity id list (absent means empty); null when the field is not an array of strings. */
    List<String> strings(String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            error(field, "must be an array of entity ids, not " + v);
            return null;
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                error(field, "must hold only entity ids, not " + item);
                return null;
            }
            out.add(item.asText());
        }
        return out;
    }

    /** The constant of {@code type} whose lower-case code the field holds. */
    <E extends Enum<E>> E code(Class<E> type, String field, boolean required) {
        String v = str(field, required);
        if (v == null) {
            return null;
        }
        Optional<E> e = Codes.parse(type, v);
        if (e.isEmpty()) {
            error(field, "'" + v + "' is not one of " + Codes.list(type));
            return null;
        }
        return e.get();
    }

    /** An ISO date written to its precision: "2023", "2023-04" or "2023-04-15"; null when absent or invalid. */
    String date(String field) {
        String v = str(field, false);
        if (v == null) {
            return null;
        }
        if (!isoPartial(v)) {
            error(field, "'" + v + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }
        return v;
    }

    JsonNode child(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    static boolean isoPartial(String v) {
        if (!ISO_PARTIAL.matcher(v).matches()) {
            return false;
        }
        try {
            switch (v.length()) {
                case 4 -> Year.parse(v);
                case 7 -> YearMonth.parse(v);
                default -> LocalDate.parse(v);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
