package org.dramatis.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON file of one test class's stored CoreNLP annotations, {@code src/test/resources/annotations/<package>/<Test>.json}
 * (the package below {@code org.dramatis}): an {@code about} line and a list of {@code documents}, each an
 * {@link AnnotatedDocument} as Jackson writes the record plus the {@code date} it was annotated with (null when none),
 * laid out one token, mention and dependency a line so that a drifted parse reads as a small diff.
 */
public final class AnnotationFile {
    /** Where the files live in the source tree (tests run with the project directory as working directory). */
    public static final Path SOURCE_ROOT = Path.of("src", "test", "resources", "annotations");
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private AnnotationFile() {
    }

    /** One stored text: what CoreNLP made of it, given {@code date} as the document date (null when none). */
    public record Stored(LocalDate date, AnnotatedDocument annotation) {
        public String key() {
            return key(annotation.text(), date);
        }

        public static String key(String text, LocalDate date) {
            return date + "|" + text;
        }
    }

    /** The file's path below {@link #SOURCE_ROOT} and on the class path below {@code annotations/}, e.g. {@code extract/EventRulesTest.json}. */
    public static String relativeName(Class<?> testClass) {
        String pkg = testClass.getPackageName().replaceFirst("^org\\.dramatis\\.?", "");
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + testClass.getSimpleName() + ".json";
    }

    public static List<Stored> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored annotations " + file, e);
        }
    }

    /** @param name names the file in errors */
    public static List<Stored> read(InputStream in, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored annotations " + name + " are not JSON: " + e.getMessage(), e);
        }
        JsonNode documents = root == null ? null : root.get("documents");
        if (documents == null || !documents.isArray()) {
            throw new IllegalArgumentException("stored annotations " + name + " have no \"documents\" list");
        }
        List<Stored> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            out.add(document(documents.get(i), name + " document " + i));
        }
        return out;
    }

    private static Stored document(JsonNode node, String where) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(where + " is not an object");
        }
        ObjectNode copy = object.deepCopy();
        JsonNode date = copy.remove("date");
        try {
            LocalDate day = date == null || date.isNull() ? null : LocalDate.parse(date.asText());
            return new Stored(day, JSON.treeToValue(copy, AnnotatedDocument.class));
        } catch (DateTimeParseException | JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not a stored annotation: " + e.getMessage(), e);
        }
    }

    /** Writes the documents in the given order, creating the directory. */
    public static void write(Path file, String about, List<Stored> documents) {
        StringBuilder b = new StringBuilder("{\n  \"about\": ").append(json(about)).append(",\n  \"documents\": [");
        for (int d = 0; d < documents.size(); d++) {
            Stored s = documents.get(d);
            b.append(d == 0 ? "\n" : ",\n").append("    {\n      \"date\": ").append(json(s.date() == null ? null : s.date().toString()))
                    .append(",\n      \"text\": ").append(json(s.annotation().text())).append(",\n      \"sentences\": [");
            List<Sentence> sentences = s.annotation().sentences();
            for (int i = 0; i < sentences.size(); i++) {
                sentence(b, sentences.get(i), i == 0);
            }
            b.append(sentences.isEmpty() ? "]\n    }" : "\n      ]\n    }");
        }
        b.append(documents.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stored annotations " + file, e);
        }
    }

    private static void sentence(StringBuilder b, Sentence s, boolean first) {
        String in = "          ";
        b.append(first ? "\n" : ",\n").append("        {\n")
                .append(in).append("\"index\": ").append(s.index()).append(", \"begin\": ").append(s.begin())
                .append(", \"end\": ").append(s.end()).append(",\n")
                .append(in).append("\"text\": ").append(json(s.text())).append(",\n");
        list(b, "tokens", s.tokens(), false);
        list(b, "mentions", s.mentions(), false);
        list(b, "dependencies", s.dependencies(), true);
        b.append("        }");
    }

    private static void list(StringBuilder b, String name, List<?> items, boolean last) {
        String in = "          ";
        b.append(in).append('"').append(name).append("\": [");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append(in).append("  ").append(json(items.get(i)));
        }
        b.append(items.isEmpty() ? "]" : "\n" + in + "]").append(last ? "\n" : ",\n");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
