package org.dramatis.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The shape of a corpus root: AUTHORS.md, README.md, split folders holding country folders holding article pairs. */
final class Layout {
    private static final Set<String> ROOT_FILES = Set.of(Authors.FILE, "README.md");
    private final List<CorpusError> errors;

    Layout(List<CorpusError> errors) {
        this.errors = errors;
    }

    void root(Path root) {
        for (Path p : list(root)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && Authors.SPLITS.contains(name)) {
                split(p);
            } else if (!(Files.isRegularFile(p) && ROOT_FILES.contains(name))) {
                errors.add(new CorpusError(p, 0, "", "does not belong at the corpus root (AUTHORS.md, README.md, train/,"
                        + " dev/, test/)"));
            }
        }
    }

    private void split(Path split) {
        for (Path p : list(split)) {
            if (!Files.isDirectory(p)) {
                errors.add(new CorpusError(p, 0, "", "a split holds country folders only: " + split + "/<country-slug>/"));
            } else if (!RecordReader.SLUG.matcher(p.getFileName().toString()).matches()) {
                errors.add(new CorpusError(p, 0, "", "a country folder is named by a lower-case slug (south-sudan)"));
            } else {
                country(p);
            }
        }
    }

    private void country(Path country) {
        for (Path p : list(country)) {
            String name = p.getFileName().toString();
            boolean pairFile = name.endsWith(".txt") || name.endsWith(AnnotationLoader.SUFFIX);
            if (!Files.isRegularFile(p) || !pairFile) {
                errors.add(new CorpusError(p, 0, "", "a country folder holds <doc-id>.txt and <doc-id>"
                        + AnnotationLoader.SUFFIX + " only"));
            }
        }
    }

    private List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            errors.add(new CorpusError(dir, 0, "", "cannot list (" + e.getMessage() + ")"));
            return List.of();
        }
    }
}
