package org.dramatis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dramatis.model.DramatisException;
import org.dramatis.search.SearchResults.Part;

/**
 * Cuts a highlighted window out of a document's text. The text is re-analyzed with the index's own analyzer, so a
 * match is exactly a token the query would match (stems, folded letters), and offsets point into the original text.
 */
final class Snippets {
    static final int WIDTH = 200;
    /** How far before the first hit the window may start, to show a little context or begin the sentence. */
    private static final int LEAD = 60;
    /** Hits looked at when choosing the window; enough to find a dense cluster without scanning a whole book. */
    private static final int MAX_HITS = 64;
    private static final String ELLIPSIS = "\u2026";

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Query terms of the text fields, and automata for prefix, fuzzy and wildcard parts. */
    static Matcher matcher(Query query) {
        Matcher m = new Matcher();
        query.visit(m);
        return m;
    }

    List<Part> snippet(String text, Matcher matcher) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<int[]> hits = hits(text, matcher);
        int start = hits.isEmpty() ? 0 : windowStart(text, hits);
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            int space = lastSpace(text, start + WIDTH / 2, end);
            end = space > 0 ? space : end;
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(start > 0 ? ELLIPSIS : "");
        int at = start;
        for (int[] h : hits) {
            if (h[0] < at || h[1] > end) {
                continue;
            }
            plain.append(text, at, h[0]);
            flush(parts, plain);
            parts.add(new Part(text.substring(h[0], h[1]), true));
            at = h[1];
        }
        plain.append(text, at, end);
        if (end < text.length()) {
            plain.append(ELLIPSIS);
        }
        flush(parts, plain);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder plain) {
        if (plain.length() > 0) {
            parts.add(new Part(plain.toString().replaceAll("\\s+", " "), false));
            plain.setLength(0);
        }
    }

    /** Starts where the window holding most hits starts, moved back to its sentence or a word boundary. */
    private static int windowStart(String text, List<int[]> hits) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < hits.size(); i++) {
            int count = 0;
            for (int j = i; j < hits.size() && hits.get(j)[1] <= hits.get(i)[0] + WIDTH - LEAD; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        int first = hits.get(best)[0];
        int from = Math.max(0, first - LEAD);
        for (int i = first - 1; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i + 1))) {
                return skipSpace(text, i + 1);
            }
        }
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space < 0 || space >= first ? from : skipSpace(text, space);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastSpace(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private List<int[]> hits(String text, Matcher matcher) {
        List<int[]> hits = new ArrayList<>();
        if (matcher.isEmpty()) {
            return hits;
        }
        try (TokenStream ts = analyzer.tokenStream(SearchAnalysis.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && hits.size() < MAX_HITS) {
                if (matcher.matches(term.toString())) {
                    hits.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new DramatisException("cannot analyze document text for a snippet: " + e.getMessage(), e);
        }
        return hits;
    }

    /** Collects what a query matches in the title and text fields, ignoring prohibited clauses. */
    static final class Matcher extends QueryVisitor {
        private final Set<String> terms = new HashSet<>();
        private final List<ByteRunAutomaton> automata = new ArrayList<>();

        boolean isEmpty() {
            return terms.isEmpty() && automata.isEmpty();
        }

        boolean matches(String token) {
            if (terms.contains(token)) {
                return true;
            }
            if (automata.isEmpty()) {
                return false;
            }
            BytesRef b = new BytesRef(token);
            return automata.stream().anyMatch(a -> a.run(b.bytes, b.offset, b.length));
        }

        @Override
        public boolean acceptField(String field) {
            return SearchAnalysis.TEXT.equals(field) || SearchAnalysis.TITLE.equals(field);
        }

        @Override
        public void consumeTerms(Query query, Term... ts) {
            for (Term t : ts) {
                terms.add(t.text());
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            automata.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
