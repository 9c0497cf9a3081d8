package org.dramatis.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Recognises countries the demonym lexicon does not know from English word formation: when a document uses both a
 * place name and an adjective built from it ("Veloria"/"Veloran", "Kastmir"/"Kastmiri", "Osland"/"Oslandish"), the
 * place is a country (NER often calls an unfamiliar state a location or an organization, or tags neither word) and
 * each adjective becomes a country mention pointing at that name, so "Kastmiri-backed" and "the Veloran minister"
 * name the state; the name itself becomes a country mention wherever NER left it untagged.
 */
final class DerivedDemonyms {
    private static final int MIN_NAME = DemonymForms.MIN_NAME;

    /** Lowercase adjective → the place name it derives from, for single-word place names in the document. */
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> plurals = new HashMap<>();
    private final DemonymForms forms;

    DerivedDemonyms(AnnotatedDocument doc, List<MentionFinder.Draft> drafts, DemonymForms forms) {
        this.forms = forms;
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (MentionFinder.Draft d : drafts) {
            if (d.type == ActorType.PERSON && d.text.contains(" ")) {
                surnames.add(d.text.substring(d.text.lastIndexOf(' ') + 1));
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (MentionFinder.Draft d : drafts) {
            // NER often calls an unknown one-word state a person; a full name's surname is never taken for a place.
            if (!(d.type == ActorType.PERSON && surnames.contains(d.text) || d.countryName != null || d.text.contains(" "))) {
                names.add(d.text);
            }
        }
        for (Sentence s : doc.sentences()) {
            // NER may tag neither the place nor its adjective ("Neighbouring Dastgar", "Dastgari-backed"): untagged
            // proper nouns are candidates too.
            for (Token tok : s.tokens()) {
                if (untaggedProperNoun(tok) && !surnames.contains(tok.word())) {
                    names.add(tok.word());
                }
            }
        }
        for (String name : names) {
            // Plurals naming the people ("Kastmiris") show the place is a country and retype a mention NER made of
            // them, but add none, as they name people rather than the state.
            forms.adjectives(name).forEach(adj -> adjectives.putIfAbsent(adj, name));
            forms.peoples(name).forEach(people -> plurals.putIfAbsent(people, name));
        }
    }

    /** The place name {@code word} is an adjective of, or null. */
    String countryOf(String word) {
        return word.length() < MIN_NAME || !Character.isUpperCase(word.charAt(0)) ? null : adjectives.get(word.toLowerCase(Locale.ROOT));
    }

    /** NER sometimes calls a lone adjective a person ("the Kastmiri officer"); such a one-word mention is the adjective. */
    private static boolean retypedExisting(List<MentionFinder.Draft> out, int sentence, int token, String country) {
        for (MentionFinder.Draft d : out) {
            if (d.sentence == sentence && d.tokenBegin == token && d.tokenEnd == token + 1) {
                d.type = ActorType.COUNTRY;
                d.countryName = country;
                return true;
            }
        }
        return false;
    }

    void apply(AnnotatedDocument doc, List<MentionFinder.Draft> out) {
        if (adjectives.isEmpty()) {
            return;
        }
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token tok : s.tokens()) {
                int off = 0;
                String people = tok.word().length() < MIN_NAME ? null : plurals.get(tok.word().toLowerCase(Locale.ROOT));
                if (people != null && Character.isUpperCase(tok.word().charAt(0)) && retypedExisting(out, s.index(), tok.index(), people)) {
                    countries.add(people);
                }
                for (String part : tok.word().split("-")) {
                    String country = part.isEmpty() ? null : countryOf(part);
                    if (country != null && retypedExisting(out, s.index(), tok.index(), country)) {
                        countries.add(country);
                    } else if (country != null && !"PERSON".equals(tok.ner())) {
                        countries.add(country);
                        int b = tok.begin() + off;
                        MentionFinder.Draft d = new MentionFinder.Draft(s.index(), tok.index(), tok.index() + 1,
                                doc.text().substring(b, b + part.length()), ActorType.COUNTRY, "pattern", b, b + part.length());
                        d.countryName = country;
                        out.add(d);
                    }
                    off += part.length() + 1;
                }
            }
        }
        java.util.Set<Long> covered = new java.util.HashSet<>();
        for (MentionFinder.Draft d : out) {
            if (countries.contains(d.text) && !d.text.contains(" ")) {
                d.type = ActorType.COUNTRY;
            }
            for (int t = d.tokenBegin; t < d.tokenEnd; t++) {
                covered.add((long) d.sentence << 32 | t);
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token tok : s.tokens()) {
                boolean alone = (tok.index() == 0 || !properNoun(s.tokens().get(tok.index() - 1)))
                        && (tok.index() + 1 >= s.tokens().size() || !properNoun(s.tokens().get(tok.index() + 1)));
                if (countries.contains(tok.word()) && untaggedProperNoun(tok) && alone
                        && !covered.contains((long) s.index() << 32 | tok.index())) {
                    out.add(new MentionFinder.Draft(s.index(), tok.index(), tok.index() + 1, tok.word(), ActorType.COUNTRY,
                            "pattern", tok.begin(), tok.end()));
                }
            }
        }
    }

    /** "Qadira" in "Qadira Wire" is part of another name. */
    private static boolean properNoun(Token tok) {
        return tok.pos() != null && tok.pos().startsWith("NNP") && Character.isUpperCase(tok.word().charAt(0));
    }

    private static boolean untaggedProperNoun(Token tok) {
        return "O".equals(tok.ner()) && tok.pos() != null && tok.pos().startsWith("NNP") && !tok.word().isEmpty()
                && Character.isUpperCase(tok.word().charAt(0)) && tok.word().chars().allMatch(Character::isLetter);
    }
}
