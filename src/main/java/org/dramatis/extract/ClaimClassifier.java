package org.dramatis.extract;

/**
 * The classification step of extraction: reads a document whose mentions are found and typed and whose references
 * are ready, and adds the facts and events it states. The rules ({@link RuleList}) are one classifier; a learned one
 * ({@code org.dramatis.learn.HybridExtractor}) reads the same {@link ClaimDocument} and dates and qualifies its claims
 * with the document's shared services ({@link ClaimDocument#eventDate}, {@link ClaimDocument#modality}), so that it
 * replaces only this step. An implementation keeps no state between documents: one instance serves many threads.
 *
 * <pre>{@code
 * ClaimExtractor twoVerbs = new Extractor(lexicons).classifiedBy(doc -> {
 *     // an arrest the classifier read at token 2 of sentence 0, taking mention 1
 *     String date = doc.eventDate(0, 2, EventType.COERCE, -1, List.of(1), null);
 *     doc.addEvent(new EventClaim(EventType.COERCE, null, date, null, List.of(new EventClaim.Participant(1, "target")),
 *             "arrested", doc.modality(0, 2), 0, "arrested"));
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ClaimClassifier {
    /** Adds to {@code document} the claims it states, sentence by sentence in order. */
    void classify(ClaimDocument document);
}
