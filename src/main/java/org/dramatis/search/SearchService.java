package org.dramatis.search;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.graph.Database;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.search.SearchIndex.ActorEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store and answers searches. Call {@link #onDocumentStored} after each
 * stored document and {@link #onActorsChanged} after each resolution; {@link #reindexAll} rebuilds from scratch.
 *
 * <pre>{@code
 * try (SearchService search = SearchService.open(SearchService.indexDir(dataDir), graph, db)) {
 *     long id = documents.insert(...);
 *     search.onDocumentStored(id);
 *     search.onActorsChanged();
 *     SearchResults r = search.search("Kazemi", 20);
 * }
 * }</pre>
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final SearchIndex index;
    private final GraphQueries graph;
    private final EntityRepository entities;

    public SearchService(SearchIndex index, GraphQueries graph, Database db) {
        this.index = index;
        this.graph = graph;
        this.entities = new EntityRepository(db);
    }

    /** The usual index folder for a data directory: {@code dataDir/index}. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    /**
     * Opens the index in {@code indexDir} and, when it is missing or empty while the database holds documents,
     * rebuilds it from the database. {@link #close()} closes the index.
     */
    public static SearchService open(Path indexDir, GraphQueries graph, Database db) {
        SearchIndex index = SearchIndex.open(indexDir);
        SearchService service = new SearchService(index, graph, db);
        try {
            int stored = graph.stats().documents();
            if (index.size() == 0 && stored > 0) {
                LOG.info("search index {} is empty; rebuilding it from the database", indexDir);
                service.reindexAll();
            } else if (index.documentCount() != stored) {
                service.catchUp();
            }
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return service;
    }

    /** Replaces the whole index by every stored document and actor, in one commit. */
    public void reindexAll() {
        long started = System.nanoTime();
        index.deleteAll();
        List<DocumentSummary> documents = graph.documents();
        for (DocumentSummary d : documents) {
            graph.document(d.id()).ifPresent(this::add);
        }
        List<ActorEntry> actors = actors();
        // replaceActors commits, which also publishes the documents added above.
        index.replaceActors(actors);
        LOG.info("indexed {} documents and {} actors in {} ms", documents.size(), actors.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Indexes what a crash kept from the index (documents stored but not committed to it, or removed from the store
     * since), then the actors, and commits.
     */
    void catchUp() {
        Set<Long> indexed = index.documentIds();
        List<DocumentSummary> documents = graph.documents();
        Set<Long> stored = new HashSet<>();
        int added = 0;
        for (DocumentSummary d : documents) {
            stored.add(d.id());
            if (!indexed.contains(d.id())) {
                graph.document(d.id()).ifPresent(this::add);
                added++;
            }
        }
        indexed.removeAll(stored);
        indexed.forEach(index::deleteDocument);
        LOG.info("search index caught up with the database: {} documents added, {} removed", added, indexed.size());
        onActorsChanged();
    }

    /**
     * Indexes (or re-indexes) one stored document, searchable at once; durable at the next {@link #onActorsChanged}
     * (the end of an ingest run). Unknown ids are ignored.
     */
    public void onDocumentStored(long docId) {
        graph.document(docId).ifPresent(this::add);
        index.refresh();
    }

    /** Re-indexes all actors after resolution changed who is who, and commits. */
    public void onActorsChanged() {
        index.replaceActors(actors());
    }

    /** See {@link SearchIndex#search}. */
    public SearchResults search(String query, int limit) {
        return index.search(query, limit);
    }

    private void add(DocumentText d) {
        DocumentSummary s = d.summary();
        index.indexDocument(s.id(), s.title() != null ? s.title() : s.name(), s.outlet(), s.published(), d.text());
    }

    /** Every resolved actor with its spellings, most frequent first. */
    List<ActorEntry> actors() {
        return entities.actorNames().stream()
                .map(a -> new ActorEntry(a.id(), a.name(), a.type(), a.names(), a.mentions())).toList();
    }

    /** Closes the index. */
    @Override
    public void close() {
        index.close();
    }
}
