package org.dramatis.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Bodies NER missed that a post names: a proper name in the place of the body a lowercase title belongs to is an
 * organization, "the security chief of the Hashd", "the commander in the Apparatus of Counter-Terrorism", "a Badr
 * commander". Without the mention the title rules have no body to give the post and write the
 * name into the role ("chief of hashd"). A capitalized title's of-phrase is a portfolio ("Minister of Finance", "Chief of
 * Staff") and is left alone, as are the titles of a place ("governor of Y") and of a portfolio
 * ({@code portfolio-titles.txt}: "minister", "secretary").
 */
final class TitleBodies {
    /** Prepositions that join a title to its body. */
    private static final Set<String> BODY_PREPOSITIONS = Set.of("of", "in");
    /** NER tags of words that are no name of their own: a name NER gave another tag is already a mention or no body. */
    private static final Set<String> UNTAGGED = Set.of("O", "MISC");
    /** How many lowercase nouns may stand between the body's name and the title ("the Hashd security chief"). */
    private static final int MAX_MODIFIERS = 2;
    private static final int MAX_NAME_WORDS = 5;

    private final Lexicons lex;

    TitleBodies(Lexicons lex) {
        this.lex = lex;
    }

    void add(AnnotatedDocument doc, Sentence s, List<MentionFinder.Draft> out) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!bodyTitle(t.get(i))) {
                continue;
            }
            int[] after = nameAfter(t, i);
            if (after != null) {
                addIfFree(doc, s, after[0], after[1], out);
            }
            int[] before = nameBefore(t, i);
            if (before != null) {
                addIfFree(doc, s, before[0], before[1], out);
            }
        }
    }

    /** Whether a token is a lowercase title a body holds ("chief", "commander"), not a rank, place title or portfolio. */
    private boolean bodyTitle(Token tok) {
        String w = tok.word();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !tok.pos().startsWith("NN")) {
            return false;
        }
        String role = lex.titles().role(w);
        return role != null && !lex.titles().isRank(role) && !lex.titles().portfolioTitles().contains(role)
                && !lex.titles().placeTitles().contains(w) && !lex.titles().placeTitles().contains(role);
    }

    /** "chief of (the) Y", "commander in the Y": the token range of Y, or null. */
    private int[] nameAfter(List<Token> t, int i) {
        int k = i + 1;
        if (k >= t.size() || !BODY_PREPOSITIONS.contains(t.get(k).word())) {
            return null;
        }
        k++;
        if (k < t.size() && t.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        int b = k;
        int e = k;
        while (e < t.size() && e - b < MAX_NAME_WORDS) {
            if (nameWord(t.get(e))) {
                e++;
            } else if (e > b && e + 1 < t.size() && t.get(e).word().equals("of") && nameWord(t.get(e + 1))) {
                e += 2; // "the Apparatus of Counter-Terrorism"
            } else {
                break;
            }
        }
        return e > b ? new int[] {b, e} : null;
    }

    /**
     * "a Badr commander", "the Hashd security chief", "a veteran Badr commander": the range of the capitalized name before
     * the title (and up to two lowercase nouns), opened by a lowercase word so that it is no sentence's first word, or null.
     */
    private int[] nameBefore(List<Token> t, int i) {
        int e = i;
        while (e > 0 && i - e < MAX_MODIFIERS && modifierNoun(t.get(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && e - b < MAX_NAME_WORDS && nameWord(t.get(b - 1))) {
            b--;
        }
        if (b == e || b == 0) {
            return null;
        }
        String opener = t.get(b - 1).word();
        return !opener.isEmpty() && Character.isLowerCase(opener.charAt(0)) ? new int[] {b, e} : null;
    }

    private static boolean modifierNoun(Token tok) {
        String w = tok.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (tok.pos().equals("NN") || tok.pos().equals("NNS"));
    }

    /** A capitalized proper noun NER left untagged that is no acronym, nationality, title, rank or honorific. */
    private boolean nameWord(Token tok) {
        String w = tok.word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !tok.pos().startsWith("NNP") || !UNTAGGED.contains(tok.ner())) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        // An acronym is an actor only where the text defines it ("the Red Reed Battalions (RRB)"): that step finds it.
        boolean acronym = w.length() <= 6 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return !acronym && lex.places().countryOfDemonym(w) == null && lex.titles().role(lower) == null
                && !lex.titles().honorifics().contains(lower);
    }

    private static void addIfFree(AnnotatedDocument doc, Sentence s, int b, int e, List<MentionFinder.Draft> out) {
        MentionFinder.Draft d = MentionFinder.draft(doc, s, b, e, ActorType.ORGANIZATION, "pattern");
        for (MentionFinder.Draft o : out) {
            if (o.begin < d.end && d.begin < o.end) {
                return;
            }
        }
        out.add(d);
    }
}
