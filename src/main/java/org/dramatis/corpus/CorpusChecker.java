package org.dramatis.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a corpus tree {@code corpus/<split>/<country>/<doc-id>.txt + .ann.jsonl}: every article on its own
 * ({@link AnnotationLoader}), the layout, and what holds across articles ({@link TreeChecks}): no author and no country
 * in two splits, authors as {@code AUTHORS.md} lists them, one doc id and one type per entity id in the whole tree.
 * Given a folder below the root (a split, a country) or one annotation file, it checks those articles and what holds
 * between them.
 *
 * <pre>{@code
 * CorpusChecker.Report r = new CorpusChecker().check(Path.of("corpus"));
 * r.errors().forEach(System.out::println);
 * }</pre>
 */
public final class CorpusChecker {
    private final AnnotationLoader loader = new AnnotationLoader();

    /**
     * The articles read (those with errors too, when they could be read), every problem, and warnings (names left
     * without a mention somewhere, see {@link MissedMentions}), each sorted by file and line.
     */
    public record Report(List<Annotated> documents, List<CorpusError> errors, List<CorpusError> warnings) {
        public Report {
            documents = List.copyOf(documents);
            errors = errors.stream().sorted().toList();
            warnings = warnings.stream().sorted().toList();
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Whether {@code dir} is a corpus root: it holds AUTHORS.md or a train, dev or test folder. */
    public static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve(Authors.FILE))
                || Authors.SPLITS.stream().anyMatch(s -> Files.isDirectory(dir.resolve(s)));
    }

    public Report check(Path path) {
        List<CorpusError> errors = new ArrayList<>();
        List<Annotated> docs = new ArrayList<>();
        if (Files.isRegularFile(path)) {
            load(path, docs, errors);
            return new Report(docs, errors, warnings(docs, false));
        }
        if (!Files.isDirectory(path)) {
            errors.add(new CorpusError(path, 0, "", "no such file or folder"));
            return new Report(docs, errors, warnings(docs, false));
        }
        boolean root = isRoot(path);
        if (root) {
            new Layout(errors).root(path);
        }
        for (Path ann : annotationFiles(path, errors)) {
            load(ann, docs, errors);
        }
        TreeChecks tree = new TreeChecks(errors);
        tree.placement(docs);
        tree.entityIds(docs);
        if (root) {
            tree.splits(docs);
            tree.authors(Authors.read(path.resolve(Authors.FILE), errors), docs, path.resolve(Authors.FILE));
        }
        return new Report(docs, errors, warnings(docs, root));
    }

    /**
     * The warnings of {@link MissedMentions}. Checking a whole tree ({@code wholeTree}), those of the sealed splits (dev,
     * test) name the file and line only: a writer checking the tree must not read their text. Pointed at a sealed
     * split's own folder or file, the check shows its text as for train.
     */
    private static List<CorpusError> warnings(List<Annotated> docs, boolean wholeTree) {
        List<CorpusError> out = new ArrayList<>();
        docs.forEach(a -> out.addAll(MissedMentions.find(a, !(wholeTree && Authors.SEALED.contains(a.split())))));
        return out;
    }

    private void load(Path ann, List<Annotated> docs, List<CorpusError> errors) {
        AnnotationLoader.Result r = loader.load(ann);
        errors.addAll(r.errors());
        if (r.annotated() != null) {
            docs.add(r.annotated());
        }
    }

    private static List<Path> annotationFiles(Path dir, List<CorpusError> errors) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).filter(p -> !hidden(dir, p)).sorted().toList();
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") && !all.contains(p.resolveSibling(
                        name.substring(0, name.length() - 4) + AnnotationLoader.SUFFIX))) {
                    errors.add(new CorpusError(p, 0, "", "has no " + AnnotationLoader.SUFFIX + " beside it"));
                }
            }
            return all.stream().filter(p -> p.getFileName().toString().endsWith(AnnotationLoader.SUFFIX)).toList();
        } catch (IOException e) {
            errors.add(new CorpusError(dir, 0, "", "cannot list (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
