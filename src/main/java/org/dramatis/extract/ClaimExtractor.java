package org.dramatis.extract;

import java.time.LocalDate;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * The extraction contract: an annotated document and its date in, the actor mentions, facts and events it states out,
 * each citing its sentence. Implementations are pure functions of their inputs and safe to share between threads. The
 * rules ({@link Extractor}) are one; {@code org.dramatis.learn.HybridExtractor} adds learned event models on top of
 * the rules' mentions, references and dates.
 */
public interface ClaimExtractor {
    /**
     * @param doc          the annotated document (dependencies needed for facts and events)
     * @param documentDate publication date used to resolve partial dates; null when unknown
     * @param name         names the document in the log when a rule fails
     */
    Extraction extract(AnnotatedDocument doc, LocalDate documentDate, String name);
}
