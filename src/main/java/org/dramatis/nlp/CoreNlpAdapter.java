package org.dramatis.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dramatis.model.DramatisException;

/**
 * The one door to Stanford CoreNLP. Builds a single pipeline (tokenize, ssplit, pos, lemma, ner, depparse) in its
 * constructor and converts CoreNLP's annotations into Dramatis records. Thread-safe: each call annotates its own
 * {@link Annotation}, which CoreNLP supports on a shared pipeline.
 *
 * <pre>{@code
 * NlpService nlp = CoreNlpAdapter.create();
 * AnnotatedDocument doc = nlp.annotate(text, LocalDate.of(2021, 11, 8));
 * }</pre>
 */
public final class CoreNlpAdapter implements NlpService {
    private final StanfordCoreNLP pipeline;

    /** Builds the pipeline; loading the models takes tens of seconds and a few GB of heap. */
    public CoreNlpAdapter() {
        Properties props = new Properties();
        // Minimal chain for extraction: lemmas feed the trigger lexicons, NER gives actors and dates, depparse gives relations.
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Keep character offsets exact and quotes as written so mention spans match the source text.
        props.setProperty("tokenize.options", "invertible=true,quotes=ascii,splitHyphenated=false");
        // Blank lines separate headlines and captions from body text in scraped articles; never join across them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained tags give COUNTRY, CITY, NATIONALITY and TITLE instead of a bare LOCATION/MISC.
        props.setProperty("ner.applyFineGrained", "true");
        // SUTime normalizes dates ("last May", "Sunday", "the 29th") against the document date we set per document.
        props.setProperty("ner.useSUTime", "true");
        // Numeric classifiers give DATE/NUMBER tags that SUTime needs for years such as "in 2016".
        props.setProperty("ner.applyNumericClassifiers", "true");
        // Entity mentions (whole spans, not per-token tags) are what the extractor consumes.
        props.setProperty("ner.buildEntityMentions", "true");
        // Long scraped lines (lists, footers) make the parser slow; such sentences carry no relations we want.
        props.setProperty("depparse.maxLength", "120");
        try {
            this.pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new DramatisException("could not build the CoreNLP pipeline (models jar on the classpath?)", e);
        }
    }

    /** Factory for the composition root; each call builds a new pipeline, so call it once. */
    public static CoreNlpAdapter create() {
        return new CoreNlpAdapter();
    }

    @Override
    public AnnotatedDocument annotate(String text, LocalDate documentDate) {
        if (text == null) {
            throw new IllegalArgumentException("text to annotate is null");
        }
        // Offsets index the stored text; the parser reads a copy of the same length with list punctuation mended.
        Annotation annotation = new Annotation(ParseText.of(text));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        try {
            pipeline.annotate(annotation);
        } catch (RuntimeException e) {
            throw new DramatisException("CoreNLP failed on a document of " + text.length() + " characters", e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap cs : coreSentences) {
            sentences.add(convert(sentences.size(), cs, text));
        }
        return new AnnotatedDocument(text, sentences);
    }

    private static Sentence convert(int index, CoreMap cs, String text) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        int firstToken = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), l.beginPosition(), l.endPosition()));
        }
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> coreMentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (coreMentions != null) {
            for (CoreMap m : coreMentions) {
                int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken;
                int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken;
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                mentions.add(new EntityMention(text.substring(begin, end), tag, begin, end, tb, te, norm));
            }
        }
        int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, mentions, dependencies(cs));
    }

    /**
     * Enhanced++ dependencies rather than basic: they propagate subjects into relative clauses ("X, who leads Y" gives
     * nsubj(leads, X)) and across conjuncts, and fold the preposition into the label (nmod:of, obl:in), which is exactly
     * what the relation rules match on. A token may therefore have more than one governor.
     */
    private static List<Dependency> dependencies(CoreMap cs) {
        SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            // Copy nodes created for ellipsis have a non-zero copy count; they add no token of their own.
            if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                continue;
            }
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return deps;
    }
}
