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
    public static final List<String> COLUMNS = List.of("path", "title", "outlet", "url", "published");
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
    private final List<Path> refused;
    private final Map<Path, Row> byPath = new HashMap<>();

    private Manifest(Path file, List<Row> rows, List<Problem> problems, List<Path> refused) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.refused = List.copyOf(refused);
        rows.forEach(r -> byPath.put(key(r.path()), r));
    }

    /** Reads a manifest; never throws for what it holds: problems are reported, usable rows kept. */
    public static Manifest read(Path csv) {
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
        Parse parse = new Parse(csv, text.startsWith("\uFEFF") ? text.substring(1) : text);
        parse.run();
        return new Manifest(csv, parse.rows, parse.problems, parse.refused);
    }

    private static Manifest failed(Path csv, String reason) {
        return new Manifest(csv, List.of(), List.of(new Problem(csv, 0, 1, "file", reason)), List.of());
    }

    /** One reading of a manifest's text: its rows, its problems, and what its unusable rows name. */
    private static final class Parse {
        private final Path csv;
        private final String text;
        private final List<Row> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Path> refused = new ArrayList<>();
        private Map<String, Integer> columns;
        private long line = 1;
        private int counted;

        Parse(Path csv, String text) {
            this.csv = csv;
            this.text = text;
        }

        void run() {
            try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                    .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get())) {
                for (CSVRecord record : parser) {
                    advanceTo(record.getCharacterPosition());
                    if (columns != null) {
                        row((int) record.getRecordNumber() - 1, record);
                    } else if (!header(record)) {
                        return;
                    }
                }
                if (columns == null) {
                    problems.add(new Problem(csv, 0, 1, "header", "the manifest is empty: a header row naming its columns"
                            + " is required (" + String.join(",", COLUMNS) + ")"));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                // commons-csv reports a broken quote as an unchecked exception naming the line.
                problems.add(new Problem(csv, 0, 1, "file", "not valid CSV: " + e.getMessage()));
            }
        }

        /** Counts the lines up to a record; its position may stand on the empty lines skipped before it. */
        private void advanceTo(long position) {
            int end = (int) Math.min(position, text.length());
            while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
                end++;
            }
            for (; counted < end; counted++) {
                line += text.charAt(counted) == '\n' ? 1 : 0;
            }
        }

        /** Reads the column names; false (with a problem) when they name no path, an unknown column or one twice. */
        private boolean header(CSVRecord record) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                String name = record.get(i).strip().toLowerCase(Locale.ROOT);
                String problem = !COLUMNS.contains(name) ? "unknown column '" + record.get(i) + "' (the columns are "
                        + String.join(", ", COLUMNS) + ", and the first row must name them)"
                        : named.put(name, i) != null ? "column '" + name + "' is named twice" : null;
                if (problem != null) {
                    problems.add(new Problem(csv, 0, line, "header", problem));
                    return false;
                }
            }
            if (!named.containsKey("path")) {
                problems.add(new Problem(csv, 0, line, "header", "no 'path' column (the columns are "
                        + String.join(", ", COLUMNS) + ")"));
                return false;
            }
            columns = named;
            return true;
        }

        private void row(int number, CSVRecord record) {
            if (record.size() > columns.size()) {
                problem(number, "row", "has " + record.size() + " fields, the header names " + columns.size());
                return;
            }
            String path = value(record, columns, "path");
            if (path == null) {
                problem(number, "path", "empty");
                return;
            }
            Path resolved = resolve(number, path);
            if (resolved == null) {
                return;
            }
            for (Row earlier : rows) {
                if (key(earlier.path()).equals(key(resolved))) {
                    problem(number, "path", "'" + path + "' is already named in row " + earlier.number());
                    return;
                }
            }
            try {
                rows.add(new Row(number, resolved, new GivenMetadata(value(record, columns, "title"),
                        value(record, columns, "outlet"), value(record, columns, "url"), value(record, columns, "published"))));
            } catch (IllegalArgumentException e) {
                problem(number, "published", e.getMessage());
                refused.add(resolved);
            }
        }

        /** The existing file or folder a row's path names, or null with a problem. */
        private Path resolve(int number, String path) {
            try {
                Path resolved = csv.toAbsolutePath().getParent().resolve(path).normalize();
                if (Files.exists(resolved)) {
                    return resolved;
                }
                problem(number, "path", "no such file or folder '" + path + "' (looked for " + resolved + ")");
            } catch (InvalidPathException e) {
                problem(number, "path", "'" + path + "' is not a valid path (" + e.getReason() + ")");
            }
            return null;
        }

        private void problem(int number, String field, String reason) {
            problems.add(new Problem(csv, number, line, field, reason));
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

    /** The files and folders named by rows whose values cannot be used: not to be read without them. */
    public List<Path> refused() {
        return refused;
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
