package org.dramatis.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dramatis.model.DramatisException;

/**
 * The analyzers of the search index, built from the data files under {@code dramatis/search/}: documents get
 * English stemming; actor names are folded to lowercase ASCII with leading articles removed, plus a consonant
 * skeleton that tolerates transliteration variants.
 */
final class SearchAnalysis {
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Tokens of each actor spelling (folded, articles removed). */
    static final String NAME_TOKENS = "name_tokens";
    /** Skeleton of each name token. */
    static final String NAME_SKELETON = "name_skeleton";

    private final Pattern articles;
    private final Skeleton skeleton;
    private final Analyzer documentAnalyzer;
    private final Analyzer nameAnalyzer;
    private final Analyzer skeletonAnalyzer;
    private final Analyzer perField;

    private SearchAnalysis(Pattern articles, Skeleton skeleton) {
        this.articles = articles;
        this.skeleton = skeleton;
        this.documentAnalyzer = new Chain(false, true);
        this.nameAnalyzer = new Chain(false, false);
        this.skeletonAnalyzer = new Chain(true, false);
        Map<String, Analyzer> byField = Map.of(NAME_TOKENS, nameAnalyzer, NAME_SKELETON, skeletonAnalyzer);
        this.perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, documentAnalyzer);
            }
        };
    }

    /** Loads the article list and skeleton rules from the classpath. */
    static SearchAnalysis load() {
        List<String> articleLines = readLines("dramatis/search/articles.txt");
        List<String> ruleLines = readLines("dramatis/search/skeleton.txt");
        return new SearchAnalysis(articlePattern(articleLines), Skeleton.parse(ruleLines));
    }

    /** The analyzer to give the IndexWriter and the document query parser: chooses by field name. */
    Analyzer perField() {
        return perField;
    }

    Analyzer documentAnalyzer() {
        return documentAnalyzer;
    }

    /** The folded tokens of a name, leading articles removed: "Al-Kázemi" gives [kazemi]. */
    List<String> nameTokens(String name) {
        return tokens(nameAnalyzer, NAME_TOKENS, name);
    }

    /** A name's comparison key: its folded tokens joined by single spaces. */
    String nameKey(String name) {
        return String.join(" ", nameTokens(name));
    }

    /** The skeleton of one folded token. */
    String skeleton(String token) {
        return skeleton.of(token);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new DramatisException("cannot analyze '" + text + "': " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * One regex for all articles: plain ones before a hyphen or spaces, hyphen-only ones before a hyphen. The
     * lookbehind keeps "al" inside a word ("Jamal-Ahmadi") and the lookahead keeps an article with no name after it.
     */
    static Pattern articlePattern(List<String> lines) {
        List<String> plain = new ArrayList<>();
        List<String> hyphenOnly = new ArrayList<>();
        for (String line : lines) {
            String a = line.toLowerCase(Locale.ROOT);
            if (a.endsWith("-")) {
                hyphenOnly.add(Pattern.quote(a.substring(0, a.length() - 1)));
            } else {
                plain.add(Pattern.quote(a));
            }
        }
        String hyphen = "[-\u2010\u2011\u2012\u2013]";
        List<String> alternatives = new ArrayList<>();
        if (!plain.isEmpty()) {
            alternatives.add("(?:" + String.join("|", plain) + ")(?:" + hyphen + "|\\s+)");
        }
        if (!hyphenOnly.isEmpty()) {
            alternatives.add("(?:" + String.join("|", hyphenOnly) + ")" + hyphen);
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}'\u2019])(?:" + String.join("|", alternatives) + ")(?=\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<String> readLines(String resource) {
        InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DramatisException("missing search data file " + resource + " on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new DramatisException("cannot read search data file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Standard tokens, articles stripped, folded and lowercased; then either English stemming or the skeleton. */
    private final class Chain extends Analyzer {
        private final boolean toSkeleton;
        private final boolean english;

        Chain(boolean toSkeleton, boolean english) {
            this.toSkeleton = toSkeleton;
            this.english = english;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return articles == null ? reader : new PatternReplaceCharFilter(articles, "", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = source;
            if (english) {
                ts = new EnglishPossessiveFilter(ts);
            }
            ts = new ASCIIFoldingFilter(ts);
            ts = new LowerCaseFilter(ts);
            if (english) {
                ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                ts = new PorterStemFilter(ts);
            }
            if (toSkeleton) {
                ts = new SkeletonFilter(ts, skeleton);
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new ASCIIFoldingFilter(in));
        }
    }
}
