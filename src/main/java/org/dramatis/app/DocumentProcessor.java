package org.dramatis.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.RuleFailure;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.NlpService;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.LocalCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of ingest that is a plain function of one input: its bytes read into documents, each annotated, its claims
 * extracted, its date found and its mentions clustered within it. It touches no store and keeps no state between
 * calls, so it can run on any thread, or on a machine that sees only the bytes; what it returns is serializable.
 *
 * <pre>{@code
 * DocumentProcessor processor = new DocumentProcessor(new DocumentReader(), () -> nlp, () -> extractor, clusterer);
 * for (DocumentOutcome o : processor.process(bytes, "raid.html", GivenMetadata.NONE)) {
 *     if (o instanceof ProcessedDocument p) {
 *         store(p);
 *     } else if (o instanceof Rejection r) {
 *         log(r.reason(), r.message());   // "raid.html: binary content (application/octet-stream)"
 *     }
 * }
 * }</pre>
 *
 * Callers that budget each step or skip documents they already hold use the steps one by one: {@link #read},
 * {@link #prepare}, then {@link #outcome} for each document.
 */
public final class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);

    private final DocumentReader reader;
    private final Supplier<NlpService> nlp;
    private final Supplier<ClaimExtractor> extractor;
    private final DocumentClusterer clusterer;

    /**
     * {@code nlp} and {@code extractor} are asked for only when a document is analysed; they must be thread-safe and
     * return the same instance each time (memoize an expensive build).
     */
    public DocumentProcessor(DocumentReader reader, Supplier<NlpService> nlp, Supplier<ClaimExtractor> extractor,
                             DocumentClusterer clusterer) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    /**
     * Processes one input whole: one outcome per document it holds (several for a feed), or one rejection naming the
     * input when nothing can be read from it. Never throws for a bad input or a failed analysis.
     *
     * @param bytes the file's content
     * @param name  the file's name: it names the documents and the rejections, and its extension helps tell the type
     * @param given what the user states about the file (title, outlet, url, date), winning over what the file says
     * @throws IllegalArgumentException when the name is blank
     */
    public List<DocumentOutcome> process(byte[] bytes, String name, GivenMetadata given) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(given, "given");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name of the input is blank: give its file name");
        }
        List<SourceDocument> docs;
        try {
            docs = read(bytes, name);
        } catch (RejectedInput e) {
            return List.of(Rejection.ofReading(name, e));
        } catch (Throwable e) { // an Error here is this input's, not the caller's
            LOG.warn("could not read {}", name, e);
            return List.of(Rejection.ofReading(name, e));
        }
        List<DocumentOutcome> outcomes = new ArrayList<>(docs.size());
        for (SourceDocument d : docs) {
            outcomes.add(outcome(d, given));
        }
        return List.copyOf(outcomes);
    }

    /** Reads a file's content into its documents (see {@link DocumentReader#read(byte[], String)}). */
    public List<SourceDocument> read(byte[] bytes, String name) throws RejectedInput {
        return reader.read(bytes, name);
    }

    /** Reads a file into its documents, which keep its path. */
    public List<SourceDocument> read(Path file) throws RejectedInput {
        return reader.read(file);
    }

    /** Builds the NLP models and the extractor if they are not built yet, e.g. before a document's time budget starts. */
    public void prepare() {
        extractor.get();
        nlp.get();
    }

    /**
     * Analyses one document read by {@link #read}: the processed document, or its rejection when the models could not
     * be built, a sentence is past the NLP limits, or the analysis failed in any other way (an {@link Error} such as
     * {@link OutOfMemoryError} included). A failure of extraction or clustering alone keeps the document, with no
     * claims and the failure recorded.
     */
    public DocumentOutcome outcome(SourceDocument d, GivenMetadata given) {
        try {
            return analyse(given.applyTo(d), given.published());
        } catch (Throwable e) { // an Error here is this document's, not the caller's
            LOG.warn("could not analyse {}", d.name(), e);
            return Rejection.ofAnalysis(d.name(), e);
        }
    }

    /** @param given the date the user gave (ISO date, year-month or year), which wins over the file's; or null */
    private ProcessedDocument analyse(SourceDocument d, String given) {
        ClaimExtractor extractor = this.extractor.get();
        AnnotatedDocument annotated = nlp.get().annotate(d.text(), d.published());
        DocumentDate date = dateOf(d, given, annotated, extractor);
        LocalDate anchor = date.anchor();
        Extraction extraction;
        try {
            extraction = extractor.extract(annotated, anchor, date.precision(), date.source(), d.name());
        } catch (RuntimeException | StackOverflowError e) {
            // A step before the per-sentence rules failed: the document is stored with its text and no claims.
            LOG.warn("extraction failed on {}", d.name(), e);
            extraction = new Extraction(List.of(), List.of(), List.of(),
                    List.of(new RuleFailure(-1, "extraction", e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        List<LocalCluster> clusters;
        try {
            clusters = clusterer.cluster(d.text(), extraction.mentions());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("within-document clustering failed on {}", d.name(), e);
            List<RuleFailure> failures = new ArrayList<>(extraction.failures());
            failures.add(new RuleFailure(-1, "clustering", e.getClass().getSimpleName() + ": " + e.getMessage()));
            extraction = new Extraction(List.of(), List.of(), List.of(), failures);
            clusters = List.of();
        }
        return new ProcessedDocument(d, annotated, date, extraction, clusters);
    }

    /**
     * The date the user gave, the file's, or one inferred from the text; a failure while inferring leaves the document
     * undated rather than losing it.
     */
    private static DocumentDate dateOf(SourceDocument d, String given, AnnotatedDocument annotated,
                                       ClaimExtractor extractor) {
        if (given != null) {
            return DocumentDate.given(given);
        }
        if (d.published() != null) {
            return DocumentDate.day(d.published(), DateSource.FILE);
        }
        try {
            return DocumentDate.infer(annotated, extractor.storyDates());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not infer a date for {}", d.name(), e);
            return new DocumentDate(null, null, null);
        }
    }
}
