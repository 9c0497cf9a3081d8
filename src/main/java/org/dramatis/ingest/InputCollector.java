package org.dramatis.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the paths a user named into the files to read: folders recursively and in sorted order (so two
 * runs see the same sequence), hidden files and folders skipped, symbolic links followed but loops skipped.
 * Inputs that cannot be used are reported as problems rather than thrown, so the rest can still be read.
 *
 * <pre>{@code
 * Collected c = new InputCollector().collect(List.of(Path.of("corpus"), Path.of("extra.html")));
 * c.problems().forEach(p -> System.err.println("error: " + p));   // "missing.txt: no such file or directory"
 * }</pre>
 */
public final class InputCollector {

    private static final Logger LOG = LoggerFactory.getLogger(InputCollector.class);

    /** A named input that yields nothing: missing, unreadable, or neither file nor folder. */
    public record Problem(Path path, String message) {
        public Problem {
            Objects.requireNonNull(path, "problem path");
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("problem message is blank for " + path);
            }
        }

        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /**
     * @param files    regular files to read, without duplicates, folders expanded in sorted order
     * @param problems inputs (or entries inside folders) that could not be listed
     */
    public record Collected(List<Path> files, List<Problem> problems) {
        public Collected {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Expands {@code inputs}; an explicitly named file is kept even when its name starts with a dot. */
    public Collected collect(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            Objects.requireNonNull(input, "input path");
            if (Files.isRegularFile(input)) {
                add(input, seen, files);
            } else if (Files.isDirectory(input)) {
                for (Path f : walk(input, problems)) {
                    add(f, seen, files);
                }
            } else if (Files.exists(input)) {
                problems.add(new Problem(input, "not a regular file or directory"));
            } else {
                problems.add(new Problem(input, Files.isSymbolicLink(input)
                        ? "broken symbolic link" : "no such file or directory"));
            }
        }
        return new Collected(files, problems);
    }

    private static void add(Path file, Set<Path> seen, List<Path> files) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    private static List<Path> walk(Path root, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                LOG.debug("skipping symbolic link loop at {}", file);
                            } else if (!isHidden(file)) {
                                problems.add(new Problem(file, describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(root, describe(e)));
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory (vanished or broken link)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getMessage() + ")";
    }
}
