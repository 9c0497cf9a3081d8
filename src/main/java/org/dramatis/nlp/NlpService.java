package org.dramatis.nlp;

import java.time.LocalDate;

/** Annotates one document. Implementations are thread-safe and load their models once. */
public interface NlpService {
    /**
     * @param text the document text
     * @param documentDate the publication date, used to resolve relative dates ("last May"); null when unknown
     */
    AnnotatedDocument annotate(String text, LocalDate documentDate);
}
