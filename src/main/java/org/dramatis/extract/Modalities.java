package org.dramatis.extract;

import java.util.Set;
import org.dramatis.model.Modality;
import org.dramatis.nlp.Dependency;

/** Decides how a sentence states a claim around a trigger token (negated, denied, alleged, hypothetical) and who says so. */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "may", "might", "should");
    private static final Set<String> DENIALS = Set.of("deny", "reject", "dismiss", "refute");
    private static final Set<String> ALLEGATIONS = Set.of("accuse", "allege", "suspect", "believe", "claim", "rumor", "rumour");
    private static final Set<String> HEDGES = Set.of("allegedly", "reportedly", "purportedly", "supposedly");
    private static final Set<String> SPEECH = Set.of("say", "tell", "state", "announce", "report", "claim", "add", "stress", "declare");

    private Modalities() {
    }

    /** The modality of a claim triggered at {@code token}, looking at the token and the clauses above it. */
    static Modality of(SentenceView v, int token) {
        int t = token;
        boolean first = true;
        for (int depth = 0; t >= 0 && depth < 6; depth++) {
            for (Dependency d : v.children(t)) {
                String lemma = v.lemma(d.dependent());
                String rel = d.relation();
                if (first && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)) {
                    return Modality.NEGATED;
                }
                if (first && rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(lemma)) {
                    return Modality.HYPOTHETICAL;
                }
                if (first && rel.equals("mark") && lemma.equals("if")) {
                    return Modality.HYPOTHETICAL;
                }
                if (rel.equals("advmod") && HEDGES.contains(lemma)) {
                    return Modality.ALLEGED;
                }
            }
            if (!first) {
                String lemma = v.lemma(t);
                if (DENIALS.contains(lemma)) {
                    return Modality.DENIED;
                }
                if (ALLEGATIONS.contains(lemma)) {
                    return Modality.ALLEGED;
                }
            }
            String rel = v.relationToHead(t);
            // Only climb out of complement clauses: a claim inside "denied that ..." is denied, one beside it is not.
            if (!first && !(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("obl") || rel.startsWith("advcl"))) {
                break;
            }
            if (first && !(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("obl") || rel.startsWith("acl")
                    || rel.startsWith("advcl") || rel.startsWith("nmod") || rel.startsWith("obj") || rel.startsWith("nsubj"))) {
                break;
            }
            first = false;
            t = v.head(t);
        }
        return Modality.ASSERTED;
    }

    /** Who the sentence quotes as the source ("according to X", "X said", "X told Y"), or null. */
    static String attribution(SentenceView v, DocContext ctx) {
        for (int i = 0; i < v.size(); i++) {
            for (Dependency d : v.children(i)) {
                if (d.relation().contains("according")) {
                    return text(v, ctx, d.dependent());
                }
            }
            if (v.isVerb(i) && SPEECH.contains(v.lemma(i))) {
                int subj = v.first(i, "nsubj");
                if (subj >= 0) {
                    String s = text(v, ctx, subj);
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static String text(SentenceView v, DocContext ctx, int token) {
        int m = v.mentionAt[token];
        if (m >= 0) {
            return ctx.mentions.get(m).text;
        }
        String p = v.pos(token);
        if (p.startsWith("PRP") || p.startsWith("WP")) {
            return null;
        }
        return v.tokens.get(token).word();
    }
}
