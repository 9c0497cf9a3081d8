package org.dramatis.app;

import java.io.Serializable;

/**
 * What {@link DocumentProcessor} made of one document: a {@link ProcessedDocument} ready to store, or a
 * {@link Rejection} with its reason. Serializable, so that a processor running in another JVM (a Spark executor) can
 * send it back.
 */
public sealed interface DocumentOutcome extends Serializable permits ProcessedDocument, Rejection {
    /** The document's name ("report.html", "feed.xml#2"), or the input's when no document could be read from it. */
    String name();
}
