package org.dramatis.extract;

/**
 * The classification step of extraction: reads a document whose mentions are found and typed and whose references
 * are ready, and adds the facts and events it states. The rules ({@link RuleList}) are one classifier; a learned one
 * ({@code org.dramatis.learn.HybridExtractor}) reads the same {@link ClaimDocument} and dates and qualifies its claims
 * with the document's shared services ({@link ClaimDocument#eventDate}, {@link ClaimDocument#modality}), so that it
 * replaces only this step. An implementation keeps no state between documents: one instance serves many threads.
 *
 * <pre>{@code
 * ClaimExtractor extractor = new Extractor(lexicons).classifiedBy(doc -> {
 *     int token = ...; // an event trigger the classifier found in sentence 0
 *     String date = doc.eventDate(0, token, EventType.ARREST, -1, List.of(), t -> null);
 *     doc.addEvent(new EventClaim(EventType.ARREST, null, date, null, List.of(), "...", doc.modality(0, token), 0, "arrested"));
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ClaimClassifier {
    /** Adds to {@code document} the claims it states, sentence by sentence in order. */
    void classify(ClaimDocument document);
}
