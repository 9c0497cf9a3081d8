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
 */
final class SentenceSplitter {
    private final StanfordCoreNLP pipeline;
    private final NlpLimits limits;

    SentenceSplitter(NlpLimits limits) {
        this.limits = limits;
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        options(props);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The tokenizer and splitter options, shared with the pipeline that runs the models after them. */
    static void options(Properties props) {
        // Keep character offsets exact and quotes as written so mention spans match the source text.
        props.setProperty("tokenize.options", "invertible=true,quotes=ascii,splitHyphenated=false");
        // Blank lines separate headlines and captions from body text in scraped articles; never join across them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }

    /**
     * Tokenizes and splits {@code annotation} in place.
     *
     * @throws NlpLimitExceeded naming the first sentence or token past a limit and its line
     */
    void split(Annotation annotation) {
        pipeline.annotate(annotation);
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
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
