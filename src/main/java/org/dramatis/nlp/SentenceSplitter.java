package org.dramatis.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * CoreNLP's tokenizer and sentence splitter, run before the models, with the {@link NlpLimits} checked on what they
 * give: both are linear and need no model files, so a document the models would choke on is refused in milliseconds.
 *
 * <p>A line break ends a sentence unless the document is hard-wrapped ({@link #hardWrapped}): a headline, a dateline,
 * a fact-box line ("Defence Minister: X"), a timestamp of a live page or a list item carries no full stop, and read as
 * one sentence with the line after it, it glues title-case words into the next sentence's names and leaves the parser
 * a lead sentence with a headline in front. A hard-wrapped text (lines cut at a fixed width, sentences running across
 * them) breaks only at blank lines.
 */
final class SentenceSplitter {
    /** Lines that end inside a sentence, at or above this share of the line breaks between text lines: hard-wrapped. */
    static final double WRAPPED_SHARE = 0.3;
    private final StanfordCoreNLP byLine;
    private final StanfordCoreNLP byParagraph;
    private final NlpLimits limits;

    SentenceSplitter(NlpLimits limits) {
        this.limits = limits;
        this.byLine = pipeline("always");
        this.byParagraph = pipeline("two");
    }

    private static StanfordCoreNLP pipeline(String newlineIsSentenceBreak) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        options(props);
        props.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
        return new StanfordCoreNLP(props);
    }

    /**
     * Whether {@code text} is hard-wrapped: of the line breaks between two lines of text, at least {@link #WRAPPED_SHARE}
     * (and at least two) fall inside a sentence — the line ends in a word or a comma and the next opens in lower case.
     */
    static boolean hardWrapped(String text) {
        String[] lines = text.split("\\n", -1);
        int breaks = 0;
        int inside = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String a = lines[i].strip();
            String b = lines[i + 1].strip();
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            breaks++;
            char last = a.charAt(a.length() - 1);
            if ((Character.isLetterOrDigit(last) || last == ',' || last == ';') && Character.isLowerCase(b.charAt(0))) {
                inside++;
            }
        }
        return inside >= 2 && inside >= WRAPPED_SHARE * breaks;
    }

    /** The tokenizer and splitter options, shared with the pipeline that runs the models after them. */
    static void options(Properties props) {
        // Keep character offsets exact and quotes as written so mention spans match the source text.
        props.setProperty("tokenize.options", "invertible=true,quotes=ascii,splitHyphenated=false");
        // A blank line always ends a sentence; the splitter breaks at single line breaks too unless the text is
        // hard-wrapped (see the class comment).
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }

    /**
     * Tokenizes and splits {@code annotation} in place.
     *
     * @throws NlpLimitExceeded naming the first sentence or token past a limit and its line
     */
    void split(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        (hardWrapped(text) ? byParagraph : byLine).annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > limits.maxSentenceTokens()) {
                int at = sentences.get(s).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                throw new NlpLimitExceeded(String.format(Locale.ROOT,
                        "sentence %,d (line %,d) has %,d tokens, over the %,d-token limit", s + 1, line(text, at),
                        tokens.size(), limits.maxSentenceTokens()));
            }
            for (CoreLabel t : tokens) {
                int begin = t.beginPosition();
                int length = t.endPosition() - begin;
                if (length > limits.maxTokenChars()) {
                    throw new NlpLimitExceeded(String.format(Locale.ROOT,
                            "a token of %,d characters (line %,d: %s…), over the %,d-character limit", length,
                            line(text, begin), text.substring(begin, begin + Math.min(length, 20)),
                            limits.maxTokenChars()));
                }
            }
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
