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
 * The one door to Stanford CoreNLP. Builds the pipeline (tokenize, ssplit, pos, lemma, ner, depparse) in its
 * constructor and converts CoreNLP's annotations into Dramatis records. Tokenizing and splitting run first, on their
 * own, so that a document past the {@link NlpLimits} is refused with {@link NlpLimitExceeded} before the models see it;
 * the models then run on the same annotation, so the result is what the single pipeline gave. Annotation stops at
 * CoreNLP's next interrupt check when the calling thread is interrupted (the ingest's time budget). Thread-safe: each
 * call annotates its own {@link Annotation}, which CoreNLP supports on a shared pipeline.
 *
 * <pre>{@code
 * NlpService nlp = CoreNlpAdapter.create();
 * AnnotatedDocument doc = nlp.annotate(text, LocalDate.of(2021, 11, 8));
 * }</pre>
 */
public final class CoreNlpAdapter implements NlpService {
    /**
     * Changes whenever this adapter reads a text differently (another splitting, another model), so that caches of its
     * annotations (training, the developer's eval loop) key on it and never hand back an old reading.
     */
    public static final String READING = "4: line breaks end sentences unless the text is hard-wrapped";
    private final SentenceSplitter splitter;
    private final StanfordCoreNLP pipeline;

    /** Builds the pipeline with the default {@link NlpLimits}; loading the models takes tens of seconds and a few GB. */
    public CoreNlpAdapter() {
        this(NlpLimits.DEFAULTS);
    }

    /** Builds the pipeline; {@code limits} bound the sentences and tokens that reach the models. */
    public CoreNlpAdapter(NlpLimits limits) {
        Properties props = new Properties();
        // Minimal chain for extraction: lemmas feed the trigger lexicons, NER gives actors and dates, depparse gives
        // relations. Tokenize and ssplit ran before, in the splitter, with the same options.
        props.setProperty("annotators", "pos,lemma,ner,depparse");
        props.setProperty("enforceRequirements", "false");
        SentenceSplitter.options(props);
        // Fine-grained tags give COUNTRY, CITY, NATIONALITY and TITLE instead of a bare LOCATION/MISC.
        props.setProperty("ner.applyFineGrained", "true");
        // SUTime normalizes dates ("last May", "Sunday", "the 29th") against the document date we set per document.
        props.setProperty("ner.useSUTime", "true");
        // Numeric classifiers give DATE/NUMBER tags that SUTime needs for years such as "in 2016".
        props.setProperty("ner.applyNumericClassifiers", "true");
        // Entity mentions (whole spans, not per-token tags) are what the extractor consumes.
        props.setProperty("ner.buildEntityMentions", "true");
        // Sentence length is bounded by the splitter's limit; the depparse.maxLength set here before is read by no
        // annotator in CoreNLP 4.5.10, so it is gone. ner.maxlen and pos.maxlen exist but would silently leave a long
        // sentence untagged instead of refusing the document with its reason.
        try {
            this.splitter = new SentenceSplitter(limits);
            this.pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new DramatisException("could not build the CoreNLP pipeline (models jar on the classpath?)", e);
        }
    }

    /**
     * Factory for the composition root; each call builds a new pipeline, so call it once.
     *
     * <p>{@link #annotate} throws {@link NlpLimitExceeded} for a document with a sentence or token past the limits.
     */
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
        splitter.split(annotation);
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
        return SutimeRepairs.mend(new AnnotatedDocument(text, sentences));
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
