package org.dramatis.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.RegexSentences;
import org.dramatis.nlp.Token;

/**
 * A model-free NLP stand-in (the approach of the app tests' fake): sentences end at . ! ?, tokens are word runs or
 * single symbols, a run of two or more capitalised words is a PERSON, and anything written {@code [[like this]]} is a
 * PERSON whatever characters it holds, so tests can give an actor a name full of markup.
 */
public final class MarkupNlp implements NlpService {
    private static final Pattern MARKED = Pattern.compile("\\[\\[(.+?)]]");

    @Override
    public AnnotatedDocument annotate(String text, LocalDate documentDate) {
        return RegexSentences.annotate(text, MarkupNlp::mentions);
    }

    private static List<EntityMention> mentions(List<Token> tokens, String text, int offset, String sentence) {
        List<EntityMention> out = new ArrayList<>();
        boolean[] marked = new boolean[tokens.size()];
        Matcher mm = MARKED.matcher(sentence);
        while (mm.find()) {
            int begin = offset + mm.start(1);
            int end = offset + mm.end(1);
            int first = -1;
            int last = -1;
            for (Token t : tokens) {
                if (t.begin() >= begin && t.end() <= end) {
                    first = first < 0 ? t.index() : first;
                    last = t.index();
                    marked[t.index()] = true;
                }
            }
            if (first >= 0) {
                out.add(new EntityMention(text.substring(tokens.get(first).begin(), tokens.get(last).end()), "PERSON",
                        tokens.get(first).begin(), tokens.get(last).end(), first, last + 1, null));
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && !marked[j] && Character.isUpperCase(tokens.get(j).word().charAt(0))) {
                j++;
            }
            if (j - i >= 2) {
                Token first = tokens.get(i);
                Token last = tokens.get(j - 1);
                out.add(new EntityMention(text.substring(first.begin(), last.end()), "PERSON", first.begin(), last.end(),
                        i, j, null));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
