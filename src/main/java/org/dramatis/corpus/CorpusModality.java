package org.dramatis.corpus;

/**
 * How the text puts a fact or an event. Only ASSERTED and ALLEGED ones are exported as gold facts and events; the
 * others are kept so that a model learns to give them no asserted output.
 */
public enum CorpusModality {
    ASSERTED, ALLEGED, DENIED, HYPOTHETICAL, QUESTION, PLANNED;

    public boolean countsAsFact() {
        return this == ASSERTED || this == ALLEGED;
    }
}
