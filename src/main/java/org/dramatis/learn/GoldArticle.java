package org.dramatis.learn;

import java.util.List;
import java.util.function.Function;
import org.dramatis.eval.Gold;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.Extraction;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.resolve.LocalCluster;

/**
 * A document that an {@code eval} gold file annotates (its actors' spellings, its facts and events; a corpus such as
 * {@code examples/heldout3}) rather than span by span. The checks learn from such articles too ({@code train
 * --check-gold}): corpora written by other hands hold the claims the extractor gets wrong on text unlike the training
 * articles. {@code read} runs the product's per-document function with the extractor given: the document's language
 * analysis, its date, its claims and its within-document clusters, as ingest would store them.
 *
 * @param name   the corpus and document, for messages ("examples/heldout3: 01-kadhimi-confidence-vote")
 * @param corpus the index of its corpus (its gold file) among those given: documents of one corpus share a fold and
 *               their gold items are counted once
 * @param gold   the whole gold file
 * @param docId  the document's id in the gold file (its file name without extension)
 */
public record GoldArticle(String name, int corpus, Gold gold, String docId, Function<ClaimExtractor, Reading> read) {
    /** What the product's per-document function made of the document. */
    public record Reading(AnnotatedDocument doc, Extraction extraction, List<LocalCluster> clusters) {
    }
}
