package org.dramatis.nlp;

import org.dramatis.model.DramatisException;

/**
 * A document the NLP stage refuses before the models see it, because one of its sentences or tokens is past a limit
 * that keeps CoreNLP's cost bounded. The message names the sentence or token, where it is, and the limit, e.g.
 * {@code "sentence 4 (line 12) has 5,000 tokens, over the 1,000-token limit"}.
 */
public final class NlpLimitExceeded extends DramatisException {
    public NlpLimitExceeded(String message) {
        super(message);
    }
}
