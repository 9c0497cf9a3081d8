package org.dramatis.corpus;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What must hold between the articles of a corpus: placement, unique doc ids, entity types, the split by author and country. */
final class TreeChecks {
    private final List<CorpusError> errors;

    TreeChecks(List<CorpusError> errors) {
        this.errors = errors;
    }

    /** Each article sits in its country's folder and has a doc id of its own across the tree. */
    void placement(List<Annotated> docs) {
        Map<String, Annotated> ids = new HashMap<>();
        for (Annotated a : docs) {
            int line = a.doc().line();
            if (!RecordReader.SLUG.matcher(a.docId()).matches()) {
                errors.add(new CorpusError(a.ann(), 0, "", "the doc id '" + a.docId()
                        + "' must be lower-case letters, digits, '-' or '_'"));
            }
            Annotated before = ids.putIfAbsent(a.docId(), a);
            if (before != null) {
                errors.add(new CorpusError(a.ann(), 0, "", "doc id '" + a.docId() + "' is also " + before.ann()
                        + "; doc ids are unique in the whole corpus"));
            }
            Path folder = a.ann().toAbsolutePath().getParent();
            String country = folder == null ? null : folder.getFileName().toString();
            if (a.doc().country() != null && !a.doc().country().equals(country)) {
                errors.add(new CorpusError(a.ann(), line, "doc.country", "'" + a.doc().country()
                        + "' but the article is in the folder '" + country + "'"));
            }
        }
    }

    /** An entity id names one actor in the whole corpus, so it has one type everywhere. */
    void entityIds(List<Annotated> docs) {
        Map<String, Annotated.Entity> first = new HashMap<>();
        Map<String, Path> where = new HashMap<>();
        for (Annotated a : docs) {
            for (Annotated.Entity e : a.entities()) {
                Annotated.Entity before = first.putIfAbsent(e.id(), e);
                if (before == null) {
                    where.put(e.id(), a.ann());
                } else if (before.type() != e.type()) {
                    errors.add(new CorpusError(a.ann(), e.line(), "entity.type", "'" + e.id() + "' is a "
                            + e.type().label() + " here but a " + before.type().label() + " in " + where.get(e.id())
                            + ":" + before.line() + "; one id is one actor in the whole corpus"));
                }
            }
        }
    }

    /** One author and one country belong to exactly one split. */
    void splits(List<Annotated> docs) {
        leaks(docs, a -> a.doc().author(), "author");
        leaks(docs, a -> a.doc().country(), "country");
    }

    private void leaks(List<Annotated> docs, Function<Annotated, String> key, String what) {
        Map<String, Map<String, Annotated>> bySplit = new TreeMap<>();
        for (Annotated a : docs) {
            String k = key.apply(a);
            if (k != null && a.split() != null) {
                bySplit.computeIfAbsent(k, x -> new TreeMap<>()).putIfAbsent(a.split(), a);
            }
        }
        bySplit.forEach((k, splits) -> {
            if (splits.size() > 1) {
                StringBuilder where = new StringBuilder();
                splits.forEach((split, a) -> where.append(where.length() == 0 ? "" : " and ").append(split)
                        .append(" (").append(a.ann()).append(")"));
                Annotated last = splits.values().stream().reduce((x, y) -> y).orElseThrow();
                errors.add(new CorpusError(last.ann(), last.doc().line(), "doc." + what, what + " '" + k
                        + "' is in " + splits.size() + " splits: " + where + "; an " + what
                        + " belongs to exactly one split"));
            }
        });
    }

    /** Every author is in AUTHORS.md, with the split their articles sit in and the countries they write about. */
    void authors(Authors authors, List<Annotated> docs, Path file) {
        for (Annotated a : docs) {
            String author = a.doc().author();
            if (author == null) {
                continue;
            }
            Authors.Row row = authors.rows().get(author);
            int line = a.doc().line();
            if (row == null) {
                errors.add(new CorpusError(a.ann(), line, "doc.author", "'" + author + "' has no row in " + file));
                continue;
            }
            if (a.split() != null && !a.split().equals(row.split())) {
                errors.add(new CorpusError(a.ann(), line, "doc.author", "'" + author + "' is a " + row.split()
                        + " author (" + file + ":" + row.line() + ") but this article is in " + a.split()));
            }
            if (a.doc().country() != null && !row.countries().contains(a.doc().country())) {
                errors.add(new CorpusError(a.ann(), line, "doc.country", "'" + a.doc().country()
                        + "' is not among the countries of '" + author + "' in " + file + ":" + row.line()));
            }
        }
    }
}
