package org.dramatis.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file that says what the user knows about the files to ingest: a header row naming the columns {@code path},
 * {@code title}, {@code outlet}, {@code url} and {@code published} (any but {@code path} may be left out, in any order),
 * then one row per file or folder, paths relative to the manifest's own folder. A folder's row holds for every file
 * under it; a file's own row wins. A row that names a missing file, repeats a path or gives an unreadable date is a
 * {@link Problem} naming the manifest, the row and the field, and its file is left out of the run (so that the
 * corrected row can still apply to it later); the other rows go on.
 *
 * <pre>{@code
 * path,title,outlet,url,published
 * 01-raid.txt,Rockets hit the port,Tigris Wire,https://example.org/raid,2021-06-10
 * opinion/,,Euphrates Review,,2020
 * }</pre>
 */
public final class Manifest {
    /** The columns a manifest may have. */
    static final List<String> COLUMNS = List.of("path", "title", "outlet", "url", "published");
    /** Larger manifests are refused: a million rows is far more than one run reads. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * One usable row.
     *
     * @param number the row's number, the header not counted (the first row under it is 1)
     * @param path   the file or folder it names, resolved against the manifest's folder
     */
    public record Row(int number, Path path, GivenMetadata given) {
    }

    /**
     * A row (or the header, row 0) that cannot be used.
     *
     * @param line  the line of the file the row starts on
     * @param field the column at fault ("path", "published"), "header" or "row" for the whole line, "file" for the
     *              whole manifest
     */
    public record Problem(Path manifest, int row, long line, String field, String reason) {
        /** "clippings.csv row 3 (line 4), field published: '2021-13' is not ...", "clippings.csv: no such file". */
        public String message() {
            String name = manifest.getFileName() == null ? manifest.toString() : manifest.getFileName().toString();
            if (field.equals("file")) {
                return name + ": " + reason;
            }
            String where = (row == 0 ? "header" : "row " + row) + " (line " + line + "), ";
            return name + " " + where + (field.equals("header") || field.equals("row") ? "" : "field " + field + ": ") + reason;
        }
    }

    private final Path file;
    private final List<Row> rows;
    private final List<Problem> problems;
    private final Map<Path, Row> byPath = new HashMap<>();

    private Manifest(Path file, List<Row> rows, List<Problem> problems) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        rows.forEach(r -> byPath.put(key(r.path()), r));
    }

    /** Reads a manifest; never throws for what it holds: problems are reported, usable rows kept. */
    public static Manifest read(Path csv) {
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            if (!Files.isRegularFile(csv)) {
                return failed(csv, Files.exists(csv) ? "not a regular file" : "no such file");
            }
            if (Files.size(csv) > MAX_BYTES) {
                return failed(csv, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            text = Files.readString(csv);
        } catch (CharacterCodingException e) {
            return failed(csv, "not UTF-8 text");
        } catch (IOException e) {
            return failed(csv, "cannot be read (" + e.getMessage() + ")");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get())) {
            Map<String, Integer> columns = null;
            long line = 1;
            int counted = 0;
            for (CSVRecord record : parser) {
                // The record's position may stand on the empty lines skipped before it.
                int end = (int) Math.min(record.getCharacterPosition(), text.length());
                while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
                    end++;
                }
                for (; counted < end; counted++) {
                    line += text.charAt(counted) == '\n' ? 1 : 0;
                }
                if (columns == null) {
                    columns = header(csv, record, line, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                Row row = row(csv, (int) record.getRecordNumber() - 1, line, record, columns, rows, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(new Problem(csv, 0, 1, "header", "the manifest is empty: a header row naming its columns is required ("
                        + String.join(",", COLUMNS) + ")"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an unchecked exception naming the line.
            problems.add(new Problem(csv, 0, 1, "file", "not valid CSV: " + e.getMessage()));
        }
        return new Manifest(csv, rows, problems);
    }

    private static Manifest failed(Path csv, String reason) {
        return new Manifest(csv, List.of(), List.of(new Problem(csv, 0, 1, "file", reason)));
    }

    /** Column name to index; null (with a problem) when the header names no path, an unknown column or one twice. */
    private static Map<String, Integer> header(Path csv, CSVRecord record, long line, List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(csv, 0, line, "header", "unknown column '" + record.get(i) + "' (the columns are "
                        + String.join(", ", COLUMNS) + ", and the first row must name them)"));
                return null;
            }
            if (columns.put(name, i) != null) {
                problems.add(new Problem(csv, 0, line, "header", "column '" + name + "' is named twice"));
                return null;
            }
        }
        if (!columns.containsKey("path")) {
            problems.add(new Problem(csv, 0, line, "header", "no 'path' column (the columns are " + String.join(", ", COLUMNS) + ")"));
            return null;
        }
        return columns;
    }

    private static Row row(Path csv, int number, long line, CSVRecord record, Map<String, Integer> columns, List<Row> rows,
                           List<Problem> problems) {
        if (record.size() > columns.size()) {
            problems.add(new Problem(csv, number, line, "row", "has " + record.size() + " fields, the header names "
                    + columns.size()));
            return null;
        }
        String path = value(record, columns, "path");
        if (path == null) {
            problems.add(new Problem(csv, number, line, "path", "empty"));
            return null;
        }
        Path resolved;
        try {
            resolved = csv.toAbsolutePath().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            problems.add(new Problem(csv, number, line, "path", "'" + path + "' is not a valid path (" + e.getReason() + ")"));
            return null;
        }
        if (!Files.exists(resolved)) {
            problems.add(new Problem(csv, number, line, "path", "no such file or folder '" + path + "' (looked for " + resolved + ")"));
            return null;
        }
        for (Row earlier : rows) {
            if (key(earlier.path()).equals(key(resolved))) {
                problems.add(new Problem(csv, number, line, "path", "'" + path + "' is already named in row " + earlier.number()));
                return null;
            }
        }
        String published = value(record, columns, "published");
        try {
            return new Row(number, resolved, new GivenMetadata(value(record, columns, "title"), value(record, columns, "outlet"),
                    value(record, columns, "url"), published));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(csv, number, line, "published", e.getMessage()));
            return null;
        }
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        String v = i == null || i >= record.size() ? null : record.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** The usable rows, in the manifest's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows (and header) that could not be used. */
    public List<Problem> problems() {
        return problems;
    }

    /** The files and folders the usable rows name, to be read. */
    public List<Path> paths() {
        return rows.stream().map(Row::path).toList();
    }

    /** What the manifest states about a file: its own row, else the row of the nearest folder holding it; else NONE. */
    public GivenMetadata lookup(Path file) {
        for (Path p = key(file); p != null; p = p.getParent()) {
            Row r = byPath.get(p);
            if (r != null) {
                return r.given();
            }
        }
        return GivenMetadata.NONE;
    }
}
