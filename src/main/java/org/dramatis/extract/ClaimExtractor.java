package org.dramatis.extract;

import java.time.LocalDate;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * The extraction contract: an annotated document and its date in, the actor mentions, facts and events it states out,
 * each citing its sentence. Implementations are pure functions of their inputs and safe to share between threads. The
 * rules ({@link Extractor}) are one; {@code org.dramatis.learn.HybridExtractor} puts learned event and relation models
 * in the rules' classification step ({@link Extractor#classifiedBy}), on the rules' mentions, references and dates.
 */
public interface ClaimExtractor {
    /**
     * @param doc          the annotated document (dependencies needed for facts and events)
     * @param documentDate the last day of the period the document's date names; null when unknown
     * @param precision    how precisely that date is known, or null when unknown
     * @param source       where the date comes from (the file, the user, the text)
     * @param name         names the document in the log when a rule fails
     */
    Extraction extract(AnnotatedDocument doc, LocalDate documentDate, DatePrecision precision, DateSource source, String name);

    /** A document dated to the day by its file. */
    default Extraction extract(AnnotatedDocument doc, LocalDate documentDate, String name) {
        return extract(doc, documentDate, documentDate == null ? null : DatePrecision.DAY, DateSource.FILE, name);
    }

    /** What the extractor reads of the dates a story names, from which an undated document's date is inferred. */
    StoryDates storyDates();
}
