package org.dramatis.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code corpus/AUTHORS.md}: a Markdown table with one row per author, {@code | a07 | dev | sudan, chad | wire, live |}
 * (author id, split, countries, styles). The split an author is given here is the one every article of theirs must sit in.
 */
record Authors(Map<String, Row> rows) {
    static final Set<String> SPLITS = Set.of("train", "dev", "test");
    /** The splits developers do not read: scored, never shown (docs/annotation.md). */
    static final Set<String> SEALED = Set.of("dev", "test");
    static final String FILE = "AUTHORS.md";

    record Row(int line, String author, String split, List<String> countries, List<String> styles) {
    }

    static Authors read(Path file, List<CorpusError> errors) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            errors.add(new CorpusError(file, 0, "", "missing or unreadable: the corpus needs its table of authors"
                    + " (| author | split | countries | styles |)"));
            return new Authors(rows);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.matches("[|:\\-\\s]+")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length())
                    .split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (cells.length > 0 && cells[0].equalsIgnoreCase("author")) {
                continue;
            }
            Row row = row(file, i + 1, cells, errors);
            if (row != null && rows.putIfAbsent(row.author(), row) != null) {
                errors.add(new CorpusError(file, i + 1, "author", "'" + row.author() + "' has two rows"));
            }
        }
        return new Authors(rows);
    }

    private static Row row(Path file, int line, String[] cells, List<CorpusError> errors) {
        if (cells.length != 4) {
            errors.add(new CorpusError(file, line, "", "a row has four cells: | author | split | countries | styles |"));
            return null;
        }
        if (!RecordReader.SLUG.matcher(cells[0]).matches()) {
            errors.add(new CorpusError(file, line, "author", "'" + cells[0] + "' is not an author id such as a07"));
            return null;
        }
        if (!SPLITS.contains(cells[1])) {
            errors.add(new CorpusError(file, line, "split", "'" + cells[1] + "' is not train, dev or test"));
            return null;
        }
        return new Row(line, cells[0], cells[1], list(cells[2]), list(cells[3]));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
