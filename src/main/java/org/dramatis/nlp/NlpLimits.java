package org.dramatis.nlp;

/**
 * Bounds on what reaches CoreNLP's models, whose cost grows faster than the input on a few shapes of text: measured on
 * the pinned 4.5.10 models, one sentence of 1,000 space-separated digits or repeated title words takes 15-25 s to
 * tag and recognise, of 2,000 over a minute, of 100,000 until a 5 GB heap runs out; one token of 10,000 letters takes
 * half a second, of 100,000 runs out of memory. Tokenizing and splitting stay linear, so both are checked after them.
 *
 * @param maxSentenceTokens most tokens in one sentence (default 1,000; the longest sentence in the example and held-out
 *                          corpora has 136 in an article, 493 in a README's run-on list)
 * @param maxTokenChars     most characters in one token (default 2,000)
 */
public record NlpLimits(int maxSentenceTokens, int maxTokenChars) {
    public static final NlpLimits DEFAULTS = new NlpLimits(1_000, 2_000);

    public NlpLimits {
        if (maxSentenceTokens <= 0 || maxTokenChars <= 0) {
            throw new IllegalArgumentException("NLP limits must be positive, got " + maxSentenceTokens
                    + " tokens per sentence and " + maxTokenChars + " characters per token");
        }
    }
}
