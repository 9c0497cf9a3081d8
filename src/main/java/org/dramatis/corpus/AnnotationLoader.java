package org.dramatis.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.ingest.TextNormalizer;

/**
 * Reads one annotated article: {@code doc-id.ann.jsonl} and the {@code doc-id.txt} beside it. Every quote is placed in
 * the text, every code and date checked, every entity reference resolved; each problem becomes a {@link CorpusError}
 * with the file, line and field, and reading goes on so that one run lists them all.
 *
 * <pre>{@code
 * AnnotationLoader.Result r = new AnnotationLoader().load(Path.of("corpus/train/libya/a01-cbl-standoff.ann.jsonl"));
 * r.errors().forEach(System.err::println);
 * }</pre>
 */
public final class AnnotationLoader {
    /** Suffix of annotation files. */
    public static final String SUFFIX = ".ann.jsonl";
    private final ObjectMapper json = new ObjectMapper();
    private final EventModes modes = EventModes.load();

    /** The article (null when its text or its doc line could not be read) and every problem found. */
    public record Result(Annotated annotated, List<CorpusError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return annotated != null && errors.isEmpty();
        }
    }

    /** The text file beside an annotation file: {@code x.ann.jsonl} gives {@code x.txt}. */
    public static Path textOf(Path ann) {
        String name = ann.getFileName().toString();
        return ann.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".txt");
    }

    /**
     * Every annotated article under {@code roots}, in path order: what training reads.
     *
     * @throws IOException naming the first annotation file the checker refuses, with its first error
     */
    public static List<Annotated> loadAll(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (java.util.stream.Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).forEach(files::add);
            }
        }
        files.sort(null);
        AnnotationLoader loader = new AnnotationLoader();
        List<Annotated> out = new ArrayList<>();
        for (Path f : files) {
            Result r = loader.load(f);
            if (!r.ok()) {
                throw new IOException(f + ": refused by the corpus checker: " + r.errors().get(0));
            }
            out.add(r.annotated());
        }
        return out;
    }

    public Result load(Path ann) {
        if (!ann.getFileName().toString().endsWith(SUFFIX)) {
            return new Result(null, List.of(new CorpusError(ann, 0, "", "an annotation file's name ends with " + SUFFIX)));
        }
        return load(ann, textOf(ann));
    }

    public Result load(Path ann, Path txt) {
        List<CorpusError> errors = new ArrayList<>();
        String text = readText(txt, errors);
        List<String> lines = readLines(ann, errors);
        if (text == null || lines == null) {
            return new Result(null, errors);
        }
        List<Span> sentences = Sentences.split(text);
        RecordReader reader = new RecordReader(text, sentences, modes);
        Parts parts = new Parts();
        for (int i = 0; i < lines.size(); i++) {
            read(ann, i + 1, lines.get(i), reader, parts, errors);
        }
        if (parts.doc == null) {
            errors.add(new CorpusError(ann, 0, "doc", "no {\"t\":\"doc\",...} line; it must be the first line"));
            return new Result(null, errors);
        }
        String name = ann.getFileName().toString();
        Annotated a = new Annotated(txt, ann, name.substring(0, name.length() - SUFFIX.length()), text, parts.doc,
                parts.entities, parts.mentions, parts.facts, parts.events, sentences);
        new CrossChecks(ann, errors, parts.broken).check(a);
        return new Result(a, errors);
    }

    /** What the lines of one file gave, in file order. */
    private static final class Parts {
        Annotated.Doc doc;
        boolean seenRecord;
        final List<Annotated.Entity> entities = new ArrayList<>();
        final List<Annotated.Mention> mentions = new ArrayList<>();
        final List<Annotated.Fact> facts = new ArrayList<>();
        final List<Annotated.Event> events = new ArrayList<>();
        final Set<String> broken = new HashSet<>();
    }

    private void read(Path ann, int lineNo, String line, RecordReader reader, Parts parts, List<CorpusError> errors) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            errors.add(new CorpusError(ann, lineNo, "", "not valid JSON: " + e.getOriginalMessage()));
            parts.seenRecord = true;
            return;
        }
        if (node == null || !node.isObject()) {
            errors.add(new CorpusError(ann, lineNo, "", "a line must be one JSON object {\"t\":...}"));
            parts.seenRecord = true;
            return;
        }
        JsonNode t = node.get("t");
        String kind = t == null || !t.isTextual() ? "" : t.asText();
        JsonFields f = new JsonFields(ann, errors, lineNo, kind.isEmpty() ? "record" : kind, node);
        boolean first = !parts.seenRecord;
        parts.seenRecord = true;
        switch (kind) {
            case "doc" -> {
                if (!first || parts.doc != null) {
                    f.error(null, "the doc line must be the first line, and there is only one");
                }
                Annotated.Doc d = reader.doc(f);
                parts.doc = parts.doc == null ? d : parts.doc;
            }
            case "entity" -> added(parts.entities, reader.entity(f), node, parts.broken);
            case "mention" -> add(parts.mentions, reader.mention(f));
            case "fact" -> add(parts.facts, reader.fact(f));
            case "event" -> added(parts.events, reader.event(f), node, parts.broken);
            default -> f.error("t", "'" + kind + "' is not a record type: doc, entity, mention, fact or event");
        }
    }

    /** Adds a record with an id; a broken one leaves its id behind so that references to it raise no second error. */
    private static <T> void added(List<T> list, T item, JsonNode node, Set<String> broken) {
        add(list, item);
        JsonNode id = node.get("id");
        if (item == null && id != null && id.isTextual()) {
            broken.add(id.asText());
        }
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    /** The article text, strictly UTF-8 with LF line ends and a headline on the first line; null when unusable. */
    static String readText(Path txt, List<CorpusError> errors) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(txt);
        } catch (IOException e) {
            errors.add(new CorpusError(txt, 0, "", "cannot read the article text (" + e.getClass().getSimpleName()
                    + "); every .ann.jsonl needs its .txt beside it"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(new CorpusError(txt, 0, "", "not valid UTF-8"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            errors.add(new CorpusError(txt, 1, "", "starts with a byte-order mark; save as UTF-8 without BOM"));
        }
        if (text.indexOf('\r') >= 0) {
            errors.add(new CorpusError(txt, 0, "", "has CR characters; use LF line ends"));
        }
        storedShape(txt, text, errors);
        int nl = text.indexOf('\n');
        if ((nl < 0 ? text : text.substring(0, nl)).isBlank()) {
            errors.add(new CorpusError(txt, 1, "", "the first line must be the headline"));
        }
        return text;
    }

    /**
     * Refuses a text that ingest would change (NFC, tabs, non-breaking or double spaces, trailing spaces, several blank
     * lines, control characters), so that offsets in the corpus are offsets in the stored document too.
     */
    private static void storedShape(Path txt, String text, List<CorpusError> errors) {
        String stored = TextNormalizer.normalize(text);
        String own = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (stored.equals(own) || text.startsWith("\uFEFF") || text.indexOf('\r') >= 0) {
            return;
        }
        int i = 0;
        while (i < Math.min(stored.length(), own.length()) && stored.charAt(i) == own.charAt(i)) {
            i++;
        }
        int line = 1 + (int) own.substring(0, i).chars().filter(c -> c == '\n').count();
        int column = i - own.lastIndexOf('\n', i - 1);
        errors.add(new CorpusError(txt, line, "", "column " + column + ": ingest would store this text differently"
                + " (a tab, a double, trailing or non-breaking space, two blank lines, a blank first line, a control"
                + " character or a non-NFC letter); fix it so that spans keep their offsets"));
    }

    private static List<String> readLines(Path ann, List<CorpusError> errors) {
        try {
            return Files.readAllLines(ann, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            errors.add(new CorpusError(ann, 0, "", "not valid UTF-8"));
        } catch (IOException e) {
            errors.add(new CorpusError(ann, 0, "", "cannot read (" + e.getClass().getSimpleName() + ")"));
        }
        return null;
    }
}
