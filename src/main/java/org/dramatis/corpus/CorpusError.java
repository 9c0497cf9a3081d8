package org.dramatis.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in the corpus: the file, the line (0 when the problem is the whole file), the field ("" when none) and
 * the reason. Printed as {@code corpus/train/libya/a01-bank.ann.jsonl:7: mention.q: 'Kabir' occurs 2 times, not 3}.
 */
public record CorpusError(Path file, int line, String field, String message) implements Comparable<CorpusError> {
    public CorpusError {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("corpus error without a message for " + file);
        }
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }

    @Override
    public int compareTo(CorpusError o) {
        int c = file.toString().compareTo(o.file.toString());
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
