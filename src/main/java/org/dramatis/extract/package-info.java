/**
 * Turns annotated sentences into typed, dated, cited claims: posts held, structure, alignment, biography and events, in
 * steps run in this order by {@link org.dramatis.extract.Extractor}: mentions found and typed with their references,
 * the document's time, then a {@link org.dramatis.extract.ClaimClassifier} (the rules, or a learned one) that dates and
 * qualifies its claims with the shared steps of {@link org.dramatis.extract.ClaimDocument}.
 */
package org.dramatis.extract;
