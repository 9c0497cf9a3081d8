package org.dramatis.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.Dependency;

/**
 * Corrects a frequent NER error on unfamiliar names: an armed group or party tagged as a place. A name tagged LOCATION
 * becomes an ORGANIZATION (in every mention of the same text) when the document treats it as a body of people: it is in
 * apposition with or predicated as a group noun ("X, one of the factions", "X is a militia"), it owns a spokesman-like
 * post ("the spokesman for X", "X's leader"), or it speaks or acts as people do ("X said", "X denied", "X claimed").
 * Countries are left alone: states speak too. A one-word "person" whose members the text counts ("many Dawa members")
 * is an organization too, and so is one written as a plural after "the" ("the Houthis"), unless the document names a
 * person with that surname. A name modifying an area noun ("Ras Tolmer province") is a place, and
 * a place or name that owns what only a state has ("the government of X", "X's parliament") is a country, unless it
 * is the surname of a person the document names in full ("Hamdok's cabinet" after "Abdalla Hamdok").
 */
final class TypeRepair {



    private TypeRepair() {
    }

    static void apply(DocContext ctx) {
        Set<String> organizations = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (MentionFinder.Draft d : ctx.mentions) {
            boolean oneWord = !d.text.contains(" ");
            if (((d.type == ActorType.LOCATION || d.type == ActorType.ORGANIZATION && oneWord)
                    && ownsStateBody(ctx.views.get(d.sentence), d.tokenEnd - 1, ctx.lex.bodies().countryBodies())
                    || d.type == ActorType.PERSON && oneWord && ownsStateBody(ctx.views.get(d.sentence), d.tokenEnd - 1, ctx.lex.bodies().nationBodies()))
                    && !(oneWord && premier(ctx, d.text))) {
                states.add(d.text);
            }
        }
        Set<String> places = new HashSet<>();
        for (MentionFinder.Draft d : ctx.mentions) {
            SentenceView v = ctx.views.get(d.sentence);
            int h = v.head(d.tokenEnd - 1);
            if ((d.type == ActorType.PERSON || d.type == ActorType.ORGANIZATION) && h >= d.tokenEnd
                    && v.relationToHead(d.tokenEnd - 1).equals("compound") && ctx.lex.places().areaNouns().contains(v.lower(h))) {
                places.add(d.text);
            }
        }
        for (MentionFinder.Draft d : ctx.mentions) {
            if (states.contains(d.text)) {
                d.type = ActorType.COUNTRY;
            } else if (places.contains(d.text) && d.type != ActorType.COUNTRY) {
                d.type = ActorType.LOCATION;
            }
        }
        for (MentionFinder.Draft d : ctx.mentions) {
            SentenceView v = ctx.views.get(d.sentence);
            if (d.type == ActorType.LOCATION && actsAsGroup(ctx, v, d.tokenEnd - 1)) {
                organizations.add(d.text);
            }
            if (d.type == ActorType.PERSON && d.text.contains(" ")
                    && (acronymFollows(v, d.tokenEnd) || apposedToGroupNoun(ctx, v, d.tokenEnd - 1))) {
                // "Asaib Ahl al-Salih (AAS)", "X, another of the factions": people have no acronyms and are no factions.
                organizations.add(d.text);
            }
            if (d.type == ActorType.PERSON && NameRepeats.singularOfPluralAfterThe(v.tokens, d) != null
                    && !surnameOfFullName(ctx.mentions, d.text)) {
                // "the Houthis said": one person has no plural and no article; a people or group named by one has both.
                organizations.add(d.text);
            }
            if (d.type == ActorType.PERSON && !d.text.contains(" ") && namesMembers(ctx, v, d.tokenEnd - 1)
                    && !surnameOfFullName(ctx.mentions, d.text)) {
                // "like many Dawa members": a name whose members the text counts is a body, unless it is the surname
                // of a person the document names in full.
                organizations.add(d.text);
            }
        }
        for (MentionFinder.Draft d : ctx.mentions) {
            if ((d.type == ActorType.LOCATION || d.type == ActorType.PERSON) && organizations.contains(d.text)) {
                d.type = ActorType.ORGANIZATION;
            }
        }
        Set<String> groups = new HashSet<>();
        for (MentionFinder.Draft d : ctx.mentions) {
            if (d.type == ActorType.ORGANIZATION && !d.text.contains(" ")) {
                groups.add(d.text);
            }
        }
        for (MentionFinder.Draft d : ctx.mentions) {
            if ((d.type == ActorType.LOCATION || d.type == ActorType.PERSON) && !d.text.contains(" ")
                    && groups.contains(d.text + "s")
                    && (!surnameOfFullName(ctx.mentions, d.text) || modifiesNoun(ctx.views.get(d.sentence), d.tokenBegin))) {
                // "Houthi fighters" beside "the Houthis": the singular of a group's plural name is that group's, also
                // when a person's surname is the same word, as long as it qualifies a noun ("Houthi leader X al-Houthi").
                d.type = ActorType.ORGANIZATION;
            }
        }
    }

    /**
     * Whether a one-word "person" owning a cabinet or government is a premier the document names in full ("Hamdok's
     * cabinet" after "Abdalla Hamdok"), not a state NER took for a person: the surname of a full name, and no country
     * the lexicon knows.
     */
    private static boolean premier(DocContext ctx, String word) {
        return surnameOfFullName(ctx.mentions, word) && !ctx.lex.places().demonyms().containsValue(word);
    }

    /** "the government of X", "X's parliament", "the armed forces of X": only a state has these. */
    private static boolean ownsStateBody(SentenceView v, int head, Set<String> bodies) {
        for (Dependency d : v.parents(head)) {
            if ((d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) && d.governor() >= 0
                    && bodies.contains(v.lemma(d.governor()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean actsAsGroup(DocContext ctx, SentenceView v, int head) {
        for (Dependency d : v.parents(head)) {
            int g = d.governor();
            if (g < 0) {
                continue;
            }
            String rel = d.relation();
            if (rel.equals("nsubj") && v.isVerb(g) && ctx.lex.speech().speechActs().contains(v.lemma(g))) {
                return true;
            }
            if (rel.equals("nsubj") && v.first(g, "cop") >= 0 && isGroupNoun(ctx, v, g)) {
                return true;
            }
            if (rel.equals("appos") && isGroupNoun(ctx, v, g)) {
                return true;
            }
            if ((rel.equals("nmod:of") || rel.equals("nmod:for") || rel.equals("nmod:poss")) && v.isNoun(g)) {
                String role = ctx.lex.titles().role(v.lemma(g));
                if (role != null && !ctx.lex.titles().placeTitles().contains(role) && !ctx.lex.titles().placeTitles().contains(v.lemma(g))) {
                    return true;
                }
            }
        }
        for (Dependency d : v.children(head)) {
            if (d.relation().equals("appos") && isGroupNoun(ctx, v, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the one word at {@code t} qualifies the common noun after it ("Houthi fighters", "Houthi leader"). */
    private static boolean modifiesNoun(SentenceView v, int t) {
        int h = v.head(t);
        return h == t + 1 && v.isNoun(h) && v.mentionAt[h] < 0
                && (v.relationToHead(t).equals("compound") || v.relationToHead(t).equals("amod"));
    }

    /** Whether the name at {@code t} modifies a member noun ("Dawa members", "the Badr fighters"). */
    private static boolean namesMembers(DocContext ctx, SentenceView v, int t) {
        int h = v.head(t);
        return h > t && v.relationToHead(t).equals("compound") && v.isNoun(h) && v.mentionAt[h] < 0
                && ctx.lex.bodies().memberNouns().contains(v.lemma(h));
    }

    /** Whether a person the document names with more than one word ends with {@code word} ("Ali Dawa" for "Dawa"). */
    private static boolean surnameOfFullName(List<MentionFinder.Draft> mentions, String word) {
        String bare = MentionFinder.bareSurname(word);
        for (MentionFinder.Draft m : mentions) {
            String[] words = m.text.split(" ");
            if (m.type == ActorType.PERSON && words.length > 1 && MentionFinder.bareSurname(words[words.length - 1]).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** "(AAS)" right after the name: an all-capital word of two to six letters in brackets. */
    private static boolean acronymFollows(SentenceView v, int end) {
        if (end + 2 >= v.size() || !(v.lower(end).equals("(") || v.lower(end).equals("-lrb-"))
                || !(v.lower(end + 2).equals(")") || v.lower(end + 2).equals("-rrb-"))) {
            return false;
        }
        String w = v.tokens.get(end + 1).word();
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean apposedToGroupNoun(DocContext ctx, SentenceView v, int head) {
        for (Dependency d : v.children(head)) {
            // A plural appositive is a conjunct the parse spread ("an expert on X and on the factions").
            if (d.relation().equals("appos") && !v.pos(d.dependent()).endsWith("S") && isGroupNoun(ctx, v, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupNoun(DocContext ctx, SentenceView v, int t) {
        String lower = v.lower(t);
        if (lower.equals("one") || lower.equals("part") || lower.equals("another")) {
            int of = v.first(t, "nmod:of");
            return of >= 0 && ctx.lex.bodies().groupNouns().contains(v.lower(of));
        }
        return v.isNoun(t) && ctx.lex.bodies().groupNouns().contains(lower) && v.mentionAt[t] < 0;
    }

    /**
     * One name, one type per document: mentions of the same text that NER typed differently take the type most of
     * them have ("Asaib al-Karama" an organization twice and a person once is an organization). Ties keep their types.
     */
    static void harmonize(List<MentionFinder.Draft> kept) {
        java.util.Map<String, java.util.Map<ActorType, Integer>> votes = new java.util.HashMap<>();
        for (MentionFinder.Draft d : kept) {
            if (d.countryName == null) {
                votes.computeIfAbsent(d.text, k -> new java.util.EnumMap<>(ActorType.class)).merge(d.type, 1, Integer::sum);
            }
        }
        for (MentionFinder.Draft d : kept) {
            java.util.Map<ActorType, Integer> v = votes.get(d.text);
            if (v == null || v.size() < 2) {
                continue;
            }
            ActorType best = null;
            boolean tie = false;
            for (java.util.Map.Entry<ActorType, Integer> e : v.entrySet()) {
                if (best == null || e.getValue() > v.get(best)) {
                    best = e.getKey();
                    tie = false;
                } else if (e.getValue().equals(v.get(best))) {
                    tie = true;
                }
            }
            if (!tie) {
                d.type = best;
            } else if (v.containsKey(ActorType.PERSON) && v.get(ActorType.PERSON).equals(v.get(best)) && surnameIsPerson(kept, d.text)) {
                // "Moqtada al-Sadr" once a person, once a place, in a text that calls "Sadr" a person throughout.
                d.type = ActorType.PERSON;
            }
        }
    }

    private static boolean surnameIsPerson(List<MentionFinder.Draft> kept, String text) {
        String[] words = text.split(" ");
        String last = words[words.length - 1];
        return words.length > 1 && kept.stream().anyMatch(k -> k.type == ActorType.PERSON && !k.text.contains(" ") && MentionFinder.bareSurname(k.text).equals(MentionFinder.bareSurname(last)));
    }
}
