package org.dramatis.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dramatis.model.ActorType;

/**
 * Binds a bare organization head word ("the Kataib", "Hashd", "the Coalition") to the only earlier organization of
 * the document whose name holds that word or its glossary meaning.
 */
record HeadWordBinding(Glossary glossary) {

    /**
     * Joins each bare head word to the only earlier organization named with it ("Kataib al-Nasr", "Hashd al Shaabi",
     * "Coalition of Dignity"); with two such organizations it stays alone, and once bound it stays with its
     * organization (a later "the Hashd" after "Hashd al-Atabat" is still the "Hashd al-Shaabi" it first stood for).
     * Taggers often type the bare word as a place or a person, so any type may join. A word capitalized only because it
     * opens a sentence ("Army supporters dismissed it") is no name when the document writes it in lower case elsewhere
     * ("the army"): it is the common noun, not the short form of "Sudan Liberation Army". A state's name is never such
     * a head word, whatever glossary word its consonants spell ("Syria" and "saraya" share {@code sri}): "Syria" is not
     * the short form of "Future Syria Party".
     */
    void apply(String text, List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            int at = i;
            MentionInfo bare = infos.get(i);
            if (bare.tokens().size() != 1 || bare.type() == ActorType.COUNTRY || !glossary.isHeadWord(bare.display())
                    || bound(infos, u, i)
                    || commonNounOpening(text, bare.mention().begin(), bare.mention().text())) {
                continue;
            }
            Set<String> concepts = glossary.concepts(bare.display());
            int owner = u.onlyCluster(i, j -> {
                MentionInfo full = infos.get(j);
                return full.cls() == 'O' && full.tokens().size() > 1 && u.find(j) != u.find(at)
                        && (full.tokens().contains(bare.key()) || glossary.sharesConcept(full.display(), concepts));
            });
            if (owner >= 0) {
                infos.set(i, bare.retyped(ActorType.ORGANIZATION, 'O'));
                u.join(owner, i, "the bare head word '" + bare.display() + "' refers back to the only organization named with it, '"
                        + infos.get(owner).display() + "'");
            }
        }
    }

    /** Whether {@code word} at {@code begin} opens a sentence or line while the text also writes it in lower case. */
    static boolean commonNounOpening(String text, int begin, String word) {
        if (begin > text.length()) {
            return false;
        }
        int k = begin - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n' || "\"'\u201c\u2018".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        boolean opens = k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0;
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return opens && !lower.equals(word.strip())
                && Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(lower) + "(?![\\p{L}-])").matcher(text).find();
    }

    /** Whether the cluster of mention {@code i} already holds an organization's longer name. */
    private static boolean bound(List<MentionInfo> infos, MentionUnions u, int i) {
        int root = u.find(i);
        for (int j = 0; j < infos.size(); j++) {
            if (infos.get(j).cls() == 'O' && infos.get(j).tokens().size() > 1 && u.find(j) == root) {
                return true;
            }
        }
        return false;
    }
}
