package org.dramatis.learn;

import java.util.List;
import java.util.Locale;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.ClaimDocument;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * The relation model's findings as facts beside the rules' ({@link HybridExtractor}): a relation the rules already
 * stated between the same two names in the sentence adds nothing, a post needs its title from the text, and a membership
 * the rules read as a post held in that body is not added again.
 */
final class ModelRelations {
    private ModelRelations() {
    }

    /**
     * The model's relations of one sentence the rules did not state. A pair the rules placed one inside the other
     * ("the Iraqi Ministry of Defence" part of Iraq) gets no alignment from the model in that sentence: a state does
     * not back its own ministry.
     */
    static void add(ClaimDocument claims, List<ActorMention> mentions, List<RelationModel.Found> relations) {
        AnnotatedDocument doc = claims.document();
        for (RelationModel.Found f : relations) {
            FactClaim claim = fact(doc, f, mentions);
            boolean alignment = f.kind().section() == FactKind.Section.ALIGNMENT;
            boolean known = claims.facts().stream().anyMatch(k -> k.sentence() == f.sentence()
                    && (k.kind() == f.kind() || alignment && k.kind().section() == FactKind.Section.STRUCTURE)
                    && samePair(k, f, mentions)
                    || f.kind() == FactKind.MEMBER && k.kind() == FactKind.ROLE && k.sentence() == f.sentence()
                    && heldThere(k, f, mentions));
            if (claim != null && !known) {
                claims.addFact(claim);
            }
        }
    }

    /**
     * Whether the rules gave the model's member a post in that body in the sentence ("X, prime minister of the Y
     * Government (YG)"): the post says whether it makes a member (TitleRules), the model does not add one.
     */
    private static boolean heldThere(FactClaim post, RelationModel.Found f, List<ActorMention> mentions) {
        if (post.object() < 0 || !mentions.get(post.subject()).text().equalsIgnoreCase(mentions.get(f.subject()).text())) {
            return false;
        }
        String body = mentions.get(post.object()).text().strip();
        String member = mentions.get(f.object()).text().strip();
        return body.equalsIgnoreCase(member) || initials(body).equals(member) || initials(member).equals(body);
    }

    /** The capitals of a name's words ("Kurdistan Regional Government" gives "KRG"). */
    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static boolean samePair(FactClaim k, RelationModel.Found f, List<ActorMention> mentions) {
        if (k.object() < 0) {
            return false;
        }
        String ks = mentions.get(k.subject()).text();
        String ko = mentions.get(k.object()).text();
        String fs = mentions.get(f.subject()).text();
        String fo = mentions.get(f.object()).text();
        return ks.equalsIgnoreCase(fs) && ko.equalsIgnoreCase(fo) || ks.equalsIgnoreCase(fo) && ko.equalsIgnoreCase(fs);
    }

    /** A learned relation as a fact; a post needs its title from the text ("Defence Minister X"), else none is made. */
    private static FactClaim fact(AnnotatedDocument doc, RelationModel.Found f, List<ActorMention> mentions) {
        String role = null;
        if (f.kind().post() == FactKind.Post.HELD) {
            role = titleNear(doc, mentions.get(f.subject()));
            if (role == null) {
                return null;
            }
        }
        return new FactClaim(f.kind(), f.subject(), f.object(), role, null, null, null, Modality.ASSERTED, f.sentence(), null,
                f.probability());
    }

    /** The title CoreNLP tags right before a person's name, or right after it behind a comma ("X, the defence minister"). */
    static String titleNear(AnnotatedDocument doc, ActorMention person) {
        int[] at = Examples.tokens(doc, person.begin(), person.end());
        if (at == null) {
            return null;
        }
        List<org.dramatis.nlp.Token> t = doc.sentences().get(at[0]).tokens();
        int b = at[1];
        while (b > 0 && "TITLE".equals(t.get(b - 1).ner())) {
            b--;
        }
        if (b < at[1]) {
            return join(t, b, at[1]);
        }
        int e = at[2];
        if (e < t.size() && t.get(e).word().equals(",")) {
            int k = e + 1;
            while (k < t.size() && "DT".equals(t.get(k).pos())) {
                k++;
            }
            int end = k;
            while (end < t.size() && "TITLE".equals(t.get(end).ner())) {
                end++;
            }
            return end > k ? join(t, k, end) : null;
        }
        return null;
    }

    private static String join(List<org.dramatis.nlp.Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(t.get(i).word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
