package org.dramatis.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dramatis.extract.Extraction;
import org.dramatis.graph.DocumentStore;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.resolve.LocalCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores processed documents, one at a time in the order given, and resolves each one's actors against the store's at
 * once: the half of ingest that is not a function of one document. In-process ingest ({@link IngestPipeline}) and the
 * Spark job (module {@code spark}) store through it, so both write the same rows. Each document is stored whole or not
 * at all, and content already stored (by its hash) is reported as a duplicate and written nothing, so a re-run or a
 * retried task writes nothing twice. Not thread-safe: one writer per store.
 */
public final class DocumentWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentWriter.class);

    private final DocumentStore store;
    private final Resolution resolution;
    private final IngestPipeline.Listener listener;
    /** Whether a document was stored since the corpus's home country was last settled. */
    private boolean storedSinceSettled;

    /** @param listener told of each document stored and of the end of a run (the search index follows it) */
    public DocumentWriter(DocumentStore store, Resolution resolution, IngestPipeline.Listener listener) {
        this.store = store;
        this.resolution = resolution;
        this.listener = listener;
    }

    /** Finishes what a crash cut short (a re-resolution, documents stored but not resolved) before anything new. */
    public void recover() {
        resolution.recover();
    }

    /** The id of the stored document with this text hash, if one is stored. */
    public Optional<Long> storedAs(String sha256) {
        return store.findByHash(sha256);
    }

    /** The text hashes of every stored document, for machines that skip known content without asking the store. */
    public Set<String> storedHashes() {
        return store.hashes();
    }

    /**
     * Stores one document and resolves its actors; a document whose text is stored already is a duplicate and writes
     * nothing. A failure to store is this document's rejection, never the caller's exception.
     */
    public IngestOutcome store(ProcessedDocument p) {
        SourceDocument d = p.source();
        // Documents are stored one at a time in input order, so the store also knows the ones stored in this run:
        // no set of hashes kept in memory.
        var existing = store.findByHash(d.sha256());
        if (existing.isPresent()) {
            return new IngestOutcome.Duplicate(d.path(), d.name(), existing.get());
        }
        try {
            DocumentDate date = p.date();
            Extraction x = p.extraction();
            List<LocalCluster> clusters = clusters(p);
            long id = store.insert(d, date.iso(), date.precision() == null ? null : date.precision().name(),
                    date.source() == null ? null : date.source().key(), p.annotated(), x, clusters);
            resolution.addDocument(id, clusters, x.mentions());
            storedSinceSettled = true;
            listener.stored(id);
            return new IngestOutcome.Stored(d.path(), d.name(), id, x.mentions().size(), x.facts().size(),
                    x.events().size(), x.failures().size());
        } catch (RuntimeException | Error e) { // one document's failure, never the batch's
            LOG.warn("could not store {}", d.name(), e);
            return new IngestOutcome.Rejected(d.path(), d.name(), "STORAGE", d.name() + ": could not be stored: " + e);
        }
    }

    /**
     * The document's clusters as what the corpus tells has them ({@link Resolution#clustersFor}); a failure there
     * keeps the clusters the processor made.
     */
    private List<LocalCluster> clusters(ProcessedDocument p) {
        try {
            return resolution.clustersFor(p.source().text(), p.extraction().mentions(), p.clusters());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not cluster {} again knowing what the corpus tells", p.source().name(), e);
            return p.clusters();
        }
    }

    /**
     * Ends a run: when it stored a document, settles what the corpus tells its documents (its home country, the acronyms
     * its articles wrote after a name; when that changed, the corpus is
     * clustered and resolved again; a failure there is logged and leaves the store as the run left it), then the
     * listener catches up (the search index re-reads the actors). A run that stored nothing reads no mention.
     */
    public void finished() {
        if (storedSinceSettled) {
            storedSinceSettled = false;
            try {
                if (resolution.settleCorpus()) {
                    LOG.info("what the corpus tells its documents (home country, acronyms) changed: clustered and resolved again");
                }
            } catch (RuntimeException e) {
                LOG.warn("could not settle what the corpus tells its documents: {}", e.getMessage(), e);
            }
        }
        listener.finished();
    }
}
