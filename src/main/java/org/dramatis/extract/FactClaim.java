package org.dramatis.extract;

import java.io.Serializable;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/**
 * One relation stated in one sentence. {@code subject} and {@code object} are indexes into the document's mention list
 * ({@code object} is -1 for facts without an actor object, e.g. BORN with only a year). {@code role} names the post for ROLE
 * ("prime minister", "head"), {@code value} carries a literal (birth year, place name); dates are ISO partial ("2016", "2020-05").
 * {@code attribution} is who says it when the text names a source ("Reuters", "a spokesman"), else null.
 * {@code confidence} is the probability the learned models give the claim, null when nothing scored it.
 * {@code rule} is the id of the extraction rule that found it ({@link Extractor#rules()}), null when no rule did.
 */
public record FactClaim(FactKind kind, int subject, int object, String role, String value, String start, String end,
                        Modality modality, int sentence, String attribution, Double confidence, String rule)
        implements Serializable {
    /** A claim no rule found. */
    public FactClaim(FactKind kind, int subject, int object, String role, String value, String start, String end,
                     Modality modality, int sentence, String attribution, Double confidence) {
        this(kind, subject, object, role, value, start, end, modality, sentence, attribution, confidence, null);
    }

    /** An unscored claim. */
    public FactClaim(FactKind kind, int subject, int object, String role, String value, String start, String end,
                     Modality modality, int sentence, String attribution) {
        this(kind, subject, object, role, value, start, end, modality, sentence, attribution, null, null);
    }

    public FactClaim {
        if (kind == null || modality == null) {
            throw new IllegalArgumentException("fact claim needs a kind and a modality");
        }
        if (subject < 0) {
            throw new IllegalArgumentException(kind + " claim in sentence " + sentence + " has no subject");
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException(kind + " claim in sentence " + sentence + " has confidence " + confidence
                    + ", not a probability");
        }
    }

    /** This claim with the probability {@code p}. */
    public FactClaim withConfidence(Double p) {
        return new FactClaim(kind, subject, object, role, value, start, end, modality, sentence, attribution, p, rule);
    }

    /** This claim with the body {@code object} and the value {@code value} (the post's body chosen elsewhere). */
    public FactClaim withBody(int object, String value) {
        return new FactClaim(kind, subject, object, role, value, start, end, modality, sentence, attribution, confidence, rule);
    }

    /** This claim as found by the rule {@code id}. */
    public FactClaim withRule(String id) {
        return new FactClaim(kind, subject, object, role, value, start, end, modality, sentence, attribution, confidence, id);
    }
}
