package org.dramatis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence and token splitting shared by the model-free NLP stand-ins of the tests: sentences end at . ! ? or a
 * line break, tokens are word runs or single symbols (all tagged NN, no NER), and each stand-in says which token runs
 * are entity mentions.
 */
public final class RegexSentences {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'-]+|[^\\s\\p{L}\\p{N}]");

    /** The entity mentions of one sentence, given its tokens (offsets into the whole text) and where it starts. */
    @FunctionalInterface
    public interface MentionRule {
        List<EntityMention> mentions(List<Token> tokens, String text, int sentenceBegin, String sentence);
    }

    private RegexSentences() {
    }

    public static AnnotatedDocument annotate(String text, MentionRule rule) {
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
                sentences.add(new Sentence(sentences.size(), sm.start(), sm.end(), sm.group(), tokens,
                        rule.mentions(tokens, text, sm.start(), sm.group()), List.of()));
            }
        }
        return new AnnotatedDocument(text, sentences);
    }
}
