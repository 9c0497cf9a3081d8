package org.dramatis.model;

/** How a text states a claim. Only ASSERTED and ALLEGED claims count as facts; DENIED and NEGATED are kept as evidence against. */
public enum Modality {
    ASSERTED, ALLEGED, DENIED, HYPOTHETICAL, NEGATED;

    /** Whether a claim in this modality may stand as a fact in the graph. */
    public boolean countsAsFact() {
        return this == ASSERTED || this == ALLEGED;
    }
}
