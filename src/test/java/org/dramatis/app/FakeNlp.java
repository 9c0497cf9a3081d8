package org.dramatis.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * A stand-in for CoreNLP in fast tests: sentences end at . ! ?, tokens are runs of non-space, and a run of two or more
 * capitalised tokens is a PERSON (ORGANIZATION when it ends in "Party" or "Front"). Enough to drive storage and
 * resolution without loading models.
 */
final class FakeNlp implements NlpService {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'-]+|[^\\s\\p{L}\\p{N}]");

    @Override
    public AnnotatedDocument annotate(String text, LocalDate documentDate) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            if (sm.group().isBlank()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            Matcher tm = TOKEN.matcher(sm.group());
            while (tm.find()) {
                String w = tm.group();
                tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", null, sm.start() + tm.start(),
                        sm.start() + tm.end()));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), sm.start(), sm.end(), sm.group(), tokens, mentions(tokens, text),
                        List.of()));
            }
        }
        return new AnnotatedDocument(text, sentences);
    }

    private static List<EntityMention> mentions(List<Token> tokens, String text) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && Character.isUpperCase(tokens.get(j).word().charAt(0))) {
                j++;
            }
            if (j - i >= 2) {
                Token first = tokens.get(i);
                Token last = tokens.get(j - 1);
                String tag = last.word().equals("Party") || last.word().equals("Front") ? "ORGANIZATION" : "PERSON";
                out.add(new EntityMention(text.substring(first.begin(), last.end()), tag, first.begin(), last.end(), i, j, null));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
