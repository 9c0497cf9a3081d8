package org.dramatis.extract;

import java.util.List;
import org.dramatis.model.ActorType;

/**
 * Common or capitalized words that stand for a body the document names elsewhere: by the head noun of its name ("the
 * alliance" after "the Wafa Alliance"), by a name in brackets after them, or by spelling a name or acronym the text
 * gave (a word NER missed).
 */
final class NameReferences {
    /** How many sentences back a body may be named for "the commission" to stand for it. */
    private static final int HEAD_NOUN_REACH = 12;

    private final List<SentenceView> views;
    private final List<MentionFinder.Draft> mentions;
    private final java.util.Set<String> stateWords;

    NameReferences(List<SentenceView> views, List<MentionFinder.Draft> mentions, java.util.Set<String> stateWords) {
        this.views = views;
        this.mentions = mentions;
        this.stateWords = stateWords;
    }

    /**
     * "the Leagues of the Righteous (Asaib Ahl al-Salih)": a capitalized phrase whose name follows it in brackets is
     * that name (the parse hangs the bracket on the phrase's last word, not its head). -1 if none.
     */
    int parenthetical(SentenceView v, int token) {
        if (!v.pos(token).startsWith("NNP")) {
            return -1;
        }
        for (int k = token + 1; k < v.size() && k <= token + 6; k++) {
            if (v.lower(k).equals("-lrb-") || v.lower(k).equals("(")) {
                int m = k + 1 < v.size() ? v.mentionAt[k + 1] : -1;
                int close = m >= 0 ? mentions.get(m).tokenEnd : -1;
                boolean closed = close >= 0 && close < v.size() && (v.lower(close).equals(")") || v.lower(close).equals("-rrb-"));
                return closed && mentions.get(m).tokenBegin == k + 1 && mentions.get(m).type != ActorType.PERSON ? m : -1;
            }
            String pos = v.pos(k);
            if (!(pos.startsWith("NNP") || pos.equals("DT") || pos.equals("IN"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A capitalized word NER missed that spells a body named elsewhere in the document ("the PDF's deputy chief" after
     * "the People's Defence Forces (PDF)"): the nearest such mention, or -1.
     */
    int sameSurface(SentenceView v, int token) {
        String word = v.tokens.get(token).word();
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < mentions.size(); i++) {
            MentionFinder.Draft d = mentions.get(i);
            if (d.text.equals(word) && d.type != ActorType.PERSON && (best < 0 || d.sentence <= v.sentence.index())) {
                best = i;
            }
        }
        for (int i = 0; best < 0 && i < mentions.size(); i++) {
            // "the Popular Mobilization Forces (PMF)": an acronym the text defines in brackets after the name.
            MentionFinder.Draft d = mentions.get(i);
            SentenceView dv = views.get(d.sentence);
            boolean bracket = d.tokenEnd + 2 < dv.size() && (dv.lower(d.tokenEnd).equals("(") || dv.lower(d.tokenEnd).equals("-lrb-"));
            if (bracket && d.type != ActorType.PERSON && dv.tokens.get(d.tokenEnd + 1).word().equals(word)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A body named earlier by the head noun of its name: "the commission" after "the Higher Elections Commission",
     * "the alliance" after "the Wafa Alliance" (the latest such organization within a dozen sentences), or -1.
     */
    /**
     * Whether the noun's compound modifiers and of-phrase all stand in the name ("the finance ministry" is no
     * "Ministry of Interior", "the Council of the Coordination" no "Council of Representatives").
     */
    private static boolean modifiersIn(SentenceView v, int token, String text) {
        for (int c : v.dependents(token, "compound", "nmod:of")) {
            if (!text.contains(v.lower(c))) {
                return false;
            }
        }
        return true;
    }

    int headNoun(SentenceView v, int token) {
        if (!v.isNoun(token) || v.mentionAt[token] >= 0 || !v.hasChildLemma(token, "det", "the")) {
            return -1;
        }
        String noun = v.lower(token);
        int begin = v.tokens.get(token).begin();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            MentionFinder.Draft d = mentions.get(i);
            if (d.begin >= begin) {
                continue;
            }
            if (d.sentence < v.sentence.index() - HEAD_NOUN_REACH) {
                break;
            }
            String text = d.text.toLowerCase(java.util.Locale.ROOT);
            // "the region" after "the Kurdistan Region" names that place as "the alliance" names "the Wafa Alliance".
            // "the Kingdom" after "the Kingdom of Saudi Arabia" names that state.
            boolean body = d.type == ActorType.ORGANIZATION || d.type == ActorType.LOCATION && noun.equals("region")
                    || d.type == ActorType.COUNTRY && stateWords.contains(noun) && text.startsWith(noun + " of ");
            // "the bank" after "the Central Bank of Iraq": the head noun before an of-phrase counts too.
            boolean head = text.endsWith(" " + noun) || text.startsWith(noun + " of ") || text.contains(" " + noun + " of ");
            if (body && text.contains(" ") && head && modifiersIn(v, token, text)) {
                return i;
            }
        }
        return -1;
    }
}
