package org.dramatis.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dramatis.search.SearchResults.MatchKind;

/**
 * Turns what the user typed into a ranked actor query. Each way of matching is one tier with a fixed score, and an
 * actor scores by its best tier, so an exact spelling always outranks a transliteration of it, a transliteration a
 * prefix, and a prefix a spelling a few letters away: "Kazimi" finds "Kadhimi" (same skeleton) before "Karimi" (one
 * letter apart, another name).
 */
final class ActorQuery {
    /** Whole spelling equals the query (after folding and dropping articles). */
    static final float EXACT = 100;
    /** Every query word is a word of one spelling. */
    static final float ALL_WORDS = 50;
    /** Every query word shares its transliteration skeleton with a name word. */
    static final float TRANSLITERATION = 40;
    /** A spelling starts with the query. */
    static final float NAME_PREFIX = 30;
    /** Every query word starts a word of the actor's names. */
    static final float WORD_PREFIX = 20;
    /** Every query word is within a few edits of a name word. */
    static final float VARIANT = 10;

    /** Stored and indexed (untokenized) comparison key of each spelling. */
    static final String NAME_KEY = "name_key";

    private static final int MIN_SKELETON = 3;
    private static final int MIN_PREFIX = 2;

    private final SearchAnalysis analysis;

    ActorQuery(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The tiered query, or null when the text has no name words. */
    Query build(String text) {
        List<String> words = analysis.nameTokens(text);
        if (words.isEmpty()) {
            return null;
        }
        String key = String.join(" ", words);
        List<Query> tiers = new ArrayList<>();
        tiers.add(tier(new TermQuery(new Term(NAME_KEY, key)), EXACT));
        tiers.add(tier(allOf(words, w -> new TermQuery(new Term(SearchAnalysis.NAME_TOKENS, w))), ALL_WORDS));
        tiers.add(tier(allOf(words, this::transliteration), TRANSLITERATION));
        if (key.length() >= MIN_PREFIX) {
            tiers.add(tier(new PrefixQuery(new Term(NAME_KEY, key)), NAME_PREFIX));
            tiers.add(tier(allOf(words, this::prefix), WORD_PREFIX));
        }
        tiers.add(tier(allOf(words, this::variant), VARIANT));
        return new DisjunctionMaxQuery(tiers, 0f);
    }

    private Query prefix(String word) {
        Term t = new Term(SearchAnalysis.NAME_TOKENS, word);
        return word.length() >= MIN_PREFIX ? new PrefixQuery(t) : new TermQuery(t);
    }

    /** The word's skeleton, or the word itself when its skeleton is too short to tell names apart. */
    private Query transliteration(String word) {
        String skeleton = analysis.skeleton(word);
        return skeleton.length() >= MIN_SKELETON ? new TermQuery(new Term(SearchAnalysis.NAME_SKELETON, skeleton))
                : new TermQuery(new Term(SearchAnalysis.NAME_TOKENS, word));
    }

    private Query variant(String word) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(SearchAnalysis.NAME_TOKENS, word)), Occur.SHOULD);
        // Two edits only for long words: the two-edit automaton costs milliseconds per word, and vowel variants of
        // short names are already caught by the skeleton.
        int edits = word.length() <= 2 ? 0 : word.length() < 8 ? 1 : 2;
        if (edits > 0) {
            // prefixLength 1 keeps the automaton small; a differing first letter is the skeleton's job (q/k).
            b.add(new FuzzyQuery(new Term(SearchAnalysis.NAME_TOKENS, word), edits, 1), Occur.SHOULD);
        }
        String skeleton = analysis.skeleton(word);
        if (skeleton.length() >= MIN_SKELETON) {
            b.add(new TermQuery(new Term(SearchAnalysis.NAME_SKELETON, skeleton)), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query allOf(List<String> words, java.util.function.Function<String, Query> each) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(each.apply(w), Occur.MUST);
        }
        return b.build();
    }

    private static Query tier(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    /** How a hit matched, from the tier its score falls in (closeness adds less than one to a tier's score). */
    static MatchKind kind(float score) {
        if (score >= EXACT) {
            return MatchKind.EXACT;
        }
        if (score >= ALL_WORDS) {
            return MatchKind.WORDS;
        }
        if (score >= TRANSLITERATION) {
            return MatchKind.TRANSLITERATION;
        }
        return score >= WORD_PREFIX ? MatchKind.PREFIX : MatchKind.SIMILAR;
    }

    /**
     * The spelling of an actor that best explains the match, in the order of the tiers: equal key first, then a
     * spelling holding all query words, then a transliteration of them, then a key starting with the query, then the
     * smallest edit distance. Its similarity to the query (1 for equal keys, towards 0 for distant ones) orders actors
     * within one tier, so "Nazemi" puts "Nazimi" before "Nazimov".
     */
    Match match(String text, List<String> spellings) {
        String key = analysis.nameKey(text);
        List<String> words = List.of(key.split(" "));
        Match best = null;
        long bestRank = Long.MAX_VALUE;
        for (String spelling : spellings) {
            String k = analysis.nameKey(spelling);
            List<String> own = List.of(k.split(" "));
            int distance = LevenshteinDistance.getDefaultInstance().apply(k, key);
            long rank;
            if (k.equals(key)) {
                rank = 0;
            } else if (own.containsAll(words)) {
                rank = 1;
            } else if (transliterates(words, own)) {
                rank = 2;
            } else if (k.startsWith(key)) {
                rank = 3;
            } else {
                rank = 4;
            }
            rank = rank * 100_000 + distance;
            if (rank < bestRank) {
                bestRank = rank;
                float similarity = 1f - (float) distance / Math.max(1, Math.max(k.length(), key.length()));
                best = new Match(spelling, similarity);
            }
        }
        return best;
    }

    /** Whether each query word has a word of the spelling with the same skeleton (or is one, when too short). */
    private boolean transliterates(List<String> words, List<String> own) {
        for (String w : words) {
            String skeleton = analysis.skeleton(w);
            boolean found = false;
            for (String o : own) {
                found |= skeleton.length() >= MIN_SKELETON ? skeleton.equals(analysis.skeleton(o)) : w.equals(o);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The best-matching spelling and its similarity to the query, in [0, 1]. */
    record Match(String spelling, float similarity) {
    }
}
