package org.dramatis.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Names NER misses, found by the shape of the words: capitalized words closed by an organization head ("the Coastal
 * Guard Brigades") or a lowercase party noun ("the Azm alliance"), lowercase state bodies ("the intelligence
 * services"), toponym prefixes ("Ras Tolmer"), transliterated faction openers ("Kataib al-Nasr").
 */
final class PatternMentions {
    /** NER tags of a name that is an actor by itself. */
    private static final Set<String> NAMED_ACTOR_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "ORGANIZATION");
    /** NER tags of capitalized words that are not part of a place name ("Sunday", "June"). */
    private static final Set<String> NON_NAME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "TITLE");
    private static final int MAX_PLACE_NAME_WORDS = 3;

    private final Lexicons lex;

    PatternMentions(Lexicons lex) {
        this.lex = lex;
    }

    void addOrganizations(AnnotatedDocument doc, Sentence s, List<MentionFinder.Draft> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).word();
            if (!lex.bodies().orgHeads().contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int b = i;
            if (b > 1 && participle(t.get(b - 1)) && isNameWord(t.get(b - 2)) && !sentenceStartThe(t, b - 2)) {
                b--; // "the Kastmiri Governing Council": a capitalized participle right before the head, a name word before it
            }
            while (b > 0 && isNameWord(t.get(b - 1)) && !sentenceStartThe(t, b - 1)) {
                b--;
            }
            if (b < i) {
                out.add(MentionFinder.draft(doc, s, b, i + 1, ActorType.ORGANIZATION, "pattern"));
            }
        }
        for (int i = 1; i < t.size(); i++) {
            // "the Azm alliance", "the State of Law coalition": capitalized name words closed by a lowercase party noun.
            if (!lex.bodies().partyNouns().contains(t.get(i).word()) || !isPartyNameWord(t.get(i - 1))) {
                continue;
            }
            int b = i - 1;
            while (b > 0 && (isPartyNameWord(t.get(b - 1))
                    || b > 1 && t.get(b - 1).word().equals("of") && isPartyNameWord(t.get(b - 2)))) {
                b -= isPartyNameWord(t.get(b - 1)) ? 1 : 2;
            }
            // A sentence's first word is capitalized anyway ("Opposition party leaders said").
            if (b > 0 && !sentenceStartThe(t, b) || t.get(b).pos().startsWith("NNP") && !t.get(b).ner().equals("O")) {
                out.add(MentionFinder.draft(doc, s, b, i + 1, ActorType.ORGANIZATION, "pattern"));
            }
        }
        for (int i = 0; i < t.size(); i++) {
            for (List<String> body : lex.bodies().orgBodies()) {
                if (i + body.size() <= t.size() && matches(t, i, body)) {
                    out.add(MentionFinder.draft(doc, s, i, i + body.size(), ActorType.ORGANIZATION, "pattern"));
                }
            }
        }
    }

    /**
     * A capitalized toponym prefix ("Tell", "Wadi", "Ras") and the capitalized name after it are a place: NER reads
     * "Tell" as a verb and often the name as a person ("Hazim"), or misses an all-caps dateline ("TELL HAZIM —").
     * At a sentence's start, where "Tell" may be the verb, a name NER already calls a place or organization is left alone.
     */
    void addPlaceNames(AnnotatedDocument doc, Sentence s, List<MentionFinder.Draft> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).word();
            if (!lex.places().placePrefixes().contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            boolean opening = i == 0 || t.get(i - 1).word().matches("[\"“‘'`]+");
            if (opening && NAMED_ACTOR_TAGS.contains(t.get(i + 1).ner())) {
                continue;
            }
            int e = i + 1;
            while (e < t.size() && e - i <= MAX_PLACE_NAME_WORDS && isPlaceNameWord(t.get(e))) {
                e++;
            }
            if (e > i + 1) {
                out.add(MentionFinder.draft(doc, s, i, e, ActorType.LOCATION, "pattern"));
            }
        }
    }

    /**
     * A capitalized opener of a transliterated faction name ("Liwa", "Kataib", "Harakat") and the capitalized name words
     * after it ("al-Najm", "Abu", "Fadl") are an organization: NER often leaves such names untagged, or tags only a part
     * of them as a person. A tagged mention covering the same words wins (overlaps keep the longer mention).
     */
    void addOpenedOrganizations(AnnotatedDocument doc, Sentence s, List<MentionFinder.Draft> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).word();
            if (!lex.bodies().orgOpeners().contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int e = i + 1;
            while (e < t.size() && e - i <= MAX_PLACE_NAME_WORDS && isPlaceNameWord(t.get(e))) {
                e++;
            }
            if (e > i + 1) {
                out.add(MentionFinder.draft(doc, s, i, e, ActorType.ORGANIZATION, "pattern"));
            }
        }
    }

    /** A capitalized word, also after a short lowercase article ("al-Ain", "ez-Zor"), that is not a date or number. */
    private static boolean isPlaceNameWord(Token t) {
        String w = t.word();
        String name = w.matches("\\p{Ll}{1,3}-.+") ? w.substring(w.indexOf('-') + 1) : w;
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && t.pos() != null
                && (t.pos().startsWith("NN") || t.pos().startsWith("JJ")) && !NON_NAME_TAGS.contains(t.ner());
    }

    private static boolean participle(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && t.pos() != null && (t.pos().equals("VBG") || t.pos().equals("VBN"));
    }

    private static boolean isNameWord(Token t) {
        String w = t.word();
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1)) && !w.toLowerCase(Locale.ROOT).startsWith("al-")) {
            return false;
        }
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equalsIgnoreCase("al") || w.toLowerCase(Locale.ROOT).startsWith("al-"))
                && t.pos() != null && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.pos().startsWith("NN"));
    }

    /**
     * A capitalized word of a party's name: NER's person or place tag is no objection (it reads "State of Law" as a
     * person "Law", "Azm" as a place), but a country, a nationality ("Iraqi") or a date is.
     */
    private boolean isPartyNameWord(Token t) {
        String w = t.word();
        return isNameWord(t) && Character.isUpperCase(w.charAt(0)) && t.pos().startsWith("NN")
                && !Set.of("COUNTRY", "NATIONALITY", "DATE", "TIME", "NUMBER", "ORDINAL").contains(t.ner())
                && lex.places().countryOfDemonym(w) == null;
    }

    private static boolean sentenceStartThe(List<Token> t, int i) {
        return t.get(i).word().equals("The");
    }

    private static boolean matches(List<Token> t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(i + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
