package org.dramatis.app;

import java.util.List;
import java.util.Objects;
import org.dramatis.extract.Extraction;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.resolve.LocalCluster;

/**
 * One document read, annotated, with its claims extracted and its mentions clustered within it: all that is needed to
 * store it and resolve its actors against the others.
 *
 * @param source     the document as read, with what the user stated about it applied
 * @param annotated  its sentences and tokens
 * @param date       its date, how precisely it is known and where it comes from (possibly unknown)
 * @param extraction its mentions and claims; empty with a failure when extraction itself failed
 * @param clusters   its mentions grouped by actor; empty when clustering failed
 */
public record ProcessedDocument(SourceDocument source, AnnotatedDocument annotated, DocumentDate date,
                                Extraction extraction, List<LocalCluster> clusters) implements DocumentOutcome {
    public ProcessedDocument {
        Objects.requireNonNull(source, "source");
        String name = source.name();
        Objects.requireNonNull(annotated, () -> "annotation of " + name);
        Objects.requireNonNull(date, () -> "date of " + name);
        Objects.requireNonNull(extraction, () -> "extraction of " + name);
        clusters = List.copyOf(clusters);
    }

    @Override
    public String name() {
        return source.name();
    }
}
