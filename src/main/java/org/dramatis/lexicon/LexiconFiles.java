package org.dramatis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dramatis.model.DramatisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loader of data files: for each {@link Kind}, the bundled file under {@code dramatis/lexicon/} and then the
 * user's files for it (sorted by name), '#' starting a comment. A line with the wrong number of columns or an empty
 * first column is an error naming the file and line; in a bundled file it fails loading (a bug of the release), in a
 * user's file it is reported ({@link #problems()}, and logged) and skipped, so a bad line never stops an ingest. The
 * readers of each kind report their own bad values the same way through {@link #reject}. Thread-safe; each kind is
 * read once per instance.
 *
 * <pre>{@code
 * LexiconFiles files = LexiconFiles.of(dataDir);     // bundled + DATA/capitals/*.tsv ...
 * for (Line l : files.lines(Kind.CAPITALS)) { String[] c = l.cols(); ... }
 * }</pre>
 */
public final class LexiconFiles {
    private static final Logger LOG = LoggerFactory.getLogger(LexiconFiles.class);
    private static final String ROOT = "/dramatis/lexicon/";
    private static final Map<Kind, List<Line>> BUNDLED = new ConcurrentHashMap<>();
    private static final LexiconFiles BUNDLED_ONLY = new LexiconFiles(null, Map.of());

    private final Path dataDir;
    private final Map<Kind, List<Path>> extra;
    private final Map<Kind, List<Line>> read = new ConcurrentHashMap<>();
    private final Set<String> problems = Collections.synchronizedSet(new LinkedHashSet<>());

    private LexiconFiles(Path dataDir, Map<Kind, List<Path>> extra) {
        this.dataDir = dataDir;
        this.extra = extra;
    }

    /** The bundled files only. */
    public static LexiconFiles bundled() {
        return BUNDLED_ONLY;
    }

    /** The bundled files plus the user's files in the data directory (none when it is null). */
    public static LexiconFiles of(Path dataDir) {
        return dataDir == null ? BUNDLED_ONLY : new LexiconFiles(dataDir, Map.of());
    }

    /** These files plus {@code files} of one kind, read after the others (to check a file before adding it). */
    public LexiconFiles plus(Kind kind, List<Path> files) {
        Map<Kind, List<Path>> more = new EnumMap<>(Kind.class);
        more.putAll(extra);
        List<Path> all = new ArrayList<>(extra.getOrDefault(kind, List.of()));
        all.addAll(files);
        more.put(kind, List.copyOf(all));
        return new LexiconFiles(dataDir, more);
    }

    /** The user's folder of a kind in the data directory, or null when these files have no data directory. */
    public Path userDir(Kind kind) {
        return dataDir == null ? null : dataDir.resolve(kind.userFolder());
    }

    /** The user's files of a kind, sorted by name, then those added with {@link #plus}. */
    public List<Path> userFiles(Kind kind) {
        List<Path> out = new ArrayList<>();
        Path dir = userDir(kind);
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(kind.extension()) && Files.isRegularFile(p)).sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new DramatisException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        out.addAll(extra.getOrDefault(kind, List.of()));
        return out;
    }

    /** The lines of a kind: the bundled file's, then each user file's; user lines with bad columns already left out. */
    public List<Line> lines(Kind kind) {
        return read.computeIfAbsent(kind, k -> {
            List<Line> out = new ArrayList<>(bundledLines(k));
            for (Path file : userFiles(k)) {
                for (Line line : readFile(file)) {
                    String bad = columnProblem(k, line);
                    if (bad == null) {
                        out.add(line);
                    } else {
                        reject(line, bad);
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** The first column of every line of a kind, lowercase: a word list. */
    public Set<String> words(Kind kind) {
        Set<String> out = new java.util.HashSet<>();
        for (Line line : lines(kind)) {
            out.add(line.word());
        }
        return Set.copyOf(out);
    }

    /**
     * Reports a line its reader cannot use: fails for a bundled line, records and logs a user's line (which the caller
     * then skips).
     *
     * @throws DramatisException for a bundled line, naming the file, line and reason
     */
    public void reject(Line line, String reason) {
        String message = line.where() + ": " + reason + ", got '" + line.text().strip() + "'";
        if (!line.user()) {
            throw new DramatisException(message);
        }
        if (problems.add(message)) {
            LOG.warn("{}; line skipped", message);
        }
    }

    /**
     * Fails when any user line was reported: for checking a file before adding it, where a bad line is an error.
     *
     * @throws DramatisException listing every problem, each naming its file and line
     */
    public void requireNoProblems() {
        List<String> found = problems();
        if (!found.isEmpty()) {
            throw new DramatisException(String.join("\n", found));
        }
    }

    /** Every user line reported so far, each as "FILE line N: reason, got '...'". */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private static List<Line> bundledLines(Kind kind) {
        if (kind.file() == null) {
            return List.of();
        }
        return BUNDLED.computeIfAbsent(kind, k -> {
            String path = ROOT + k.file();
            try (InputStream in = LexiconFiles.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new DramatisException("bundled data file " + path + " is missing from the classpath");
                }
                List<Line> lines = read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), false);
                for (Line line : lines) {
                    String bad = columnProblem(k, line);
                    if (bad != null) {
                        throw new DramatisException(line.where() + ": " + bad + ", got '" + line.text().strip() + "'");
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new DramatisException("cannot read bundled data file " + path + ": " + e.getMessage(), e);
            }
        });
    }

    private static List<Line> readFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader, true);
        } catch (IOException e) {
            throw new DramatisException("cannot read data file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A user's file of one kind read alone, without column checks (for readers that parse their own format). */
    public static List<Line> file(Path file) {
        return readFile(file);
    }

    private static List<Line> read(String source, BufferedReader reader, boolean user) throws IOException {
        List<Line> lines = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(new Line(source, number, text, user));
            }
        }
        return lines;
    }

    /** What is wrong with a line's columns for its kind, or null. */
    static String columnProblem(Kind kind, Line line) {
        if (!kind.tabColumns()) {
            return null;
        }
        String[] cols = line.text().split("\t");
        if (cols.length == 0 || cols[0].isBlank()) {
            return "empty first column";
        }
        if (cols.length < kind.minColumns() || cols.length > kind.maxColumns()) {
            String expected = kind.minColumns() == kind.maxColumns() ? String.valueOf(kind.minColumns())
                    : kind.minColumns() + " to " + kind.maxColumns();
            return "expected " + expected + " TAB-separated column" + (kind.maxColumns() == 1 ? "" : "s") + " ("
                    + kind.purpose() + "), found " + cols.length;
        }
        return null;
    }
}
