package org.dramatis.extract;

import java.util.Set;
import org.dramatis.model.Modality;
import org.dramatis.nlp.Dependency;

/** Decides how a sentence states a claim around a trigger token (negated, denied, alleged, hypothetical) and who says so. */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "may", "might", "should");

    private Modalities() {
    }

    /** The modality of a claim triggered at {@code token}, looking at the token and the clauses above it. */
    static Modality of(SentenceView v, DocContext ctx, int token) {
        int t = token;
        boolean first = true;
        // "X's leader Y denied the report": a claim inside the subject of a denial is the denier's, not denied.
        boolean fromSubject = false;
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
                if (rel.equals("advmod") && ctx.lex.speech().hedgeAdverbs().contains(lemma)) {
                    return Modality.ALLEGED;
                }
            }
            if (!first && !fromSubject) {
                String lemma = v.lemma(t);
                if (ctx.lex.speech().denialVerbs().contains(lemma)) {
                    return Modality.DENIED;
                }
                if (ctx.lex.speech().allegationVerbs().contains(lemma)) {
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
            fromSubject = rel.startsWith("nsubj");
            t = v.head(t);
        }
        return Modality.ASSERTED;
    }

    /**
     * Who the text gives as the source of the claim at {@code trigger}: the subject of a speech verb the claim is reported
     * under ("X said that ...", "..., X told Y"), or the object of an "according to" attached to the claim's clause.
     * A claim the article states itself beside a quote ("said X, director of Y") has no source. Null when none.
     */
    static String attribution(SentenceView v, DocContext ctx, int trigger) {
        int t = trigger;
        for (int depth = 0; t >= 0 && depth < 8; depth++) {
            for (Dependency d : v.children(t)) {
                if (d.relation().contains("according")) {
                    return text(v, ctx, d.dependent());
                }
            }
            if (t != trigger && v.isVerb(t) && ctx.lex.speech().speechVerbs().contains(v.lemma(t))) {
                int subj = speaker(v, t);
                String s = subj >= 0 ? text(v, ctx, subj) : null;
                if (s != null) {
                    return s;
                }
            }
            String rel = v.relationToHead(t);
            if (rel.startsWith("nsubj") || rel.equals("appos") || rel.startsWith("acl") || rel.equals("compound")
                    || rel.startsWith("nmod")) {
                // A title inside the speaker's own name phrase ("X, director of Y, said") is the article's statement.
                return null;
            }
            t = v.head(t);
        }
        return null;
    }

    /** The subject of a speech verb; of several (a misparsed appositive), the one nearest before the verb. */
    private static int speaker(SentenceView v, int verb) {
        int best = -1;
        for (int s : v.dependents(verb, "nsubj")) {
            if (best < 0 || s < verb && (best > verb || s > best)) {
                best = s;
            }
        }
        return best;
    }

    /** The source's name: its actor mention (through apposition and pronouns), else its noun phrase ("two security officials"). */
    private static String text(SentenceView v, DocContext ctx, int token) {
        int m = ctx.actorOf(v, token);
        String p = v.pos(token);
        boolean pronoun = p.startsWith("PRP") || p.startsWith("WP");
        if (m >= 0 && (!pronoun || ctx.mentions.get(m).sentence == v.sentence.index())) {
            return ctx.mentions.get(m).text;
        }
        if (p.startsWith("PRP") || p.startsWith("WP")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, token - 3); k <= token; k++) {
            String rel = v.relationToHead(k);
            if (k == token || v.head(k) == token && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod")
                    || rel.equals("nmod:poss"))) {
                sb.append(sb.length() == 0 ? "" : " ").append(v.tokens.get(k).word());
            }
        }
        return sb.toString();
    }
}
