package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Mentions a name earns by recurring: an acronym defined in brackets after an organization's name, and every later
 * use, word for word, of a name found once in the document. Split from {@link MentionFinder}, which calls these after
 * NER's and the patterns' mentions are in.
 */
final class NameRepeats {
    private NameRepeats() {
    }

    /**
     * "Kataib Hezbollah (KH)": an acronym in brackets right after an organization's name is a mention of the same
     * type, so that its later uses, NER tagged or not ("a veteran KH commander"), are found as repeats.
     */
    static void addAcronyms(AnnotatedDocument doc, List<MentionFinder.Draft> out) {
        List<MentionFinder.Draft> added = new ArrayList<>();
        for (MentionFinder.Draft d : out) {
            List<Token> t = doc.sentences().get(d.sentence).tokens();
            int open = d.tokenEnd;
            if (d.type != ActorType.ORGANIZATION || open + 2 >= t.size() || !isBracket(t.get(open).word(), true)
                    || !isBracket(t.get(open + 2).word(), false) || !ACRONYM.matcher(t.get(open + 1).word()).matches()) {
                continue;
            }
            boolean tagged = out.stream().anyMatch(o -> o.sentence == d.sentence && o.tokenBegin <= open + 1 && o.tokenEnd > open + 1);
            if (!tagged) {
                added.add(MentionFinder.draft(doc, doc.sentences().get(d.sentence), open + 1, open + 2, d.type, "pattern"));
            }
        }
        out.addAll(added);
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Za-z]?[A-Z0-9]{0,5}[A-Z]");

    private static boolean isBracket(String word, boolean opening) {
        return opening ? word.equals("(") || word.equals("-LRB-") : word.equals(")") || word.equals("-RRB-");
    }

    /**
     * One name, one actor per document: a name found somewhere in the document is a mention wherever it recurs word
     * for word as a proper noun NER left untagged ("Kataib al-Mizan" tagged in one sentence and missed in the next).
     */
    static void addRepeats(AnnotatedDocument doc, List<MentionFinder.Draft> out) {
        java.util.Map<List<String>, ActorType> names = new java.util.LinkedHashMap<>();
        for (MentionFinder.Draft d : out) {
            if (d.countryName == null && Character.isUpperCase(d.text.charAt(0))) {
                names.putIfAbsent(words(doc, d), d.type);
            }
        }
        java.util.Map<String, List<List<String>>> byFirstWord = new java.util.HashMap<>();
        names.keySet().forEach(words -> byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words));
        List<MentionFinder.Draft> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                for (List<String> words : byFirstWord.getOrDefault(t.get(i).word(), List.of())) {
                    if (i + words.size() <= t.size() && untaggedName(t, i, words) && wholeName(t, i, i + words.size())) {
                        added.add(MentionFinder.draft(doc, s, i, i + words.size(), names.get(words), "pattern"));
                    }
                }
            }
        }
        out.addAll(added);
    }

    /**
     * "Houthi leader X" beside "the Houthis": the singular of a one-word plural name the text writes after "the" is a
     * mention of that group where it qualifies a noun and NER left it untagged or called it miscellaneous.
     */
    static void addSingulars(AnnotatedDocument doc, List<MentionFinder.Draft> out) {
        java.util.Set<String> singulars = new java.util.HashSet<>();
        for (MentionFinder.Draft d : out) {
            String singular = singularOfPluralAfterThe(doc.sentences().get(d.sentence).tokens(), d);
            if (singular != null) {
                singulars.add(singular);
            }
        }
        if (singulars.isEmpty()) {
            return;
        }
        List<MentionFinder.Draft> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                Token tok = t.get(i);
                if (singulars.contains(tok.word()) && ("O".equals(tok.ner()) || "MISC".equals(tok.ner()))
                        && t.get(i + 1).pos() != null && t.get(i + 1).pos().startsWith("NN") && !isProperNoun(t.get(i + 1))) {
                    added.add(MentionFinder.draft(doc, s, i, i + 1, ActorType.ORGANIZATION, "pattern"));
                }
            }
        }
        out.addAll(added);
    }

    /**
     * "Houthi" for "the Houthis": the singular of a one-word name written as a plural noun is ("-s" after a small letter,
     * not "-ss" or "-us") right after "the"; null for any other mention. {@code t} are the mention's sentence's tokens.
     */
    static String singularOfPluralAfterThe(List<Token> t, MentionFinder.Draft d) {
        String w = d.text;
        boolean plural = d.tokenEnd - d.tokenBegin == 1 && d.tokenBegin > 0 && t.get(d.tokenBegin - 1).word().equalsIgnoreCase("the")
                && w.length() > 4 && w.endsWith("s") && Character.isLowerCase(w.charAt(w.length() - 2))
                && !w.endsWith("ss") && !w.endsWith("us");
        return plural ? w.substring(0, w.length() - 1) : null;
    }

    private static List<String> words(AnnotatedDocument doc, MentionFinder.Draft d) {
        return doc.sentences().get(d.sentence).tokens().subList(d.tokenBegin, d.tokenEnd).stream().map(Token::word).toList();
    }

    /** No proper noun continues the name on either side ("Marsana" in "Marsana International Airport" is another name's part). */
    private static boolean wholeName(List<Token> t, int begin, int end) {
        return (begin == 0 || !isProperNoun(t.get(begin - 1))) && (end >= t.size() || !isProperNoun(t.get(end)));
    }

    private static boolean isProperNoun(Token tok) {
        return tok.pos() != null && tok.pos().startsWith("NNP") && Character.isUpperCase(tok.word().charAt(0));
    }

    /** The words at {@code i} are {@code words}, proper nouns, and NER gave none of them a tag. */
    private static boolean untaggedName(List<Token> t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            Token tok = t.get(i + k);
            // The parser often calls an acronym a common noun ("KH commander").
            boolean acronym = words.size() == 1 && ACRONYM.matcher(tok.word()).matches();
            if (!tok.word().equals(words.get(k)) || !("O".equals(tok.ner()) || "MISC".equals(tok.ner()))
                    || tok.pos() == null || !tok.pos().startsWith("NNP") && !(acronym && tok.pos().startsWith("NN"))) {
                return false;
            }
        }
        return true;
    }
}
