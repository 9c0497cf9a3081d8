package org.dramatis.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dramatis.model.DramatisException;
import org.dramatis.search.SearchResults.ActorHit;
import org.dramatis.search.SearchResults.DocumentHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of documents and actors, kept in its own folder beside the database (usually {@code dataDir/index}).
 * Thread-safe: writes are serialized and become visible to searches at {@link #commit()}, so a search never sees half
 * of a {@link #replaceActors} or a partly added document.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(dataDir.resolve("index"))) {
 *     index.indexDocument(7, "Minister visits the port", "Daily Tide", "2021-03-04", text);
 *     index.commit();
 *     SearchResults r = index.search("al-Nazimi", 20);
 * }
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String KIND = "kind";
    private static final String UID = "uid";
    private static final String ID = "id";
    private static final String KIND_DOCUMENT = "document";
    private static final String KIND_ACTOR = "actor";
    private static final String MENTIONS = "mentions";
    private static final int MAX_LIMIT = 1000;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchAnalysis analysis;
    private final ActorQuery actorQuery;
    private final Snippets snippets;
    private final Object writeLock = new Object();

    private SearchIndex(Path folder, Directory directory, IndexWriter writer, SearchAnalysis analysis) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.analysis = analysis;
        this.searchers = new SearcherManager(writer, null);
        this.actorQuery = new ActorQuery(analysis);
        this.snippets = new Snippets(analysis.documentAnalyzer());
    }

    /** Opens the index in {@code indexDir}, creating the folder and an empty index when missing. */
    public static SearchIndex open(Path indexDir) {
        SearchAnalysis analysis = SearchAnalysis.load();
        Directory dir = null;
        try {
            dir = FSDirectory.open(indexDir);
            IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(dir, config);
            return new SearchIndex(indexDir, dir, writer, analysis);
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new DramatisException("search index " + indexDir + " is in use by another process", e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new DramatisException("cannot open search index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces a document; visible to searches after {@link #commit()}. Null fields are left out. */
    public void indexDocument(long id, String title, String outlet, String published, String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(UID, KIND_DOCUMENT + ":" + id, Field.Store.NO));
        doc.add(new StoredField(ID, id));
        addText(doc, SearchAnalysis.TITLE, title);
        addText(doc, SearchAnalysis.TEXT, text);
        if (outlet != null) {
            doc.add(new StoredField("outlet", outlet));
        }
        if (published != null) {
            doc.add(new StoredField("published", published));
        }
        write(w -> w.updateDocument(new Term(UID, KIND_DOCUMENT + ":" + id), doc));
    }

    /** Removes a document; visible after {@link #commit()}. */
    public void deleteDocument(long id) {
        write(w -> w.deleteDocuments(new Term(UID, KIND_DOCUMENT + ":" + id)));
    }

    /** Adds or replaces one actor with all its spellings; visible after {@link #commit()}. */
    public void indexActor(long id, String name, String type, List<String> names, int mentions) {
        Document doc = actorDocument(new ActorEntry(id, name, type, names, mentions));
        write(w -> w.updateDocument(new Term(UID, KIND_ACTOR + ":" + id), doc));
    }

    /** Replaces all actors by {@code actors} and commits, so searches see either the old set or the new one. */
    public void replaceActors(List<ActorEntry> actors) {
        List<Document> docs = actors.stream().map(this::actorDocument).toList();
        synchronized (writeLock) {
            write(w -> {
                w.deleteDocuments(new Term(KIND, KIND_ACTOR));
                w.addDocuments(docs);
            });
            commit();
        }
    }

    /** Removes everything; visible after {@link #commit()}. */
    public void deleteAll() {
        write(IndexWriter::deleteAll);
    }

    /** Makes all writes durable and visible to searches. */
    public void commit() {
        synchronized (writeLock) {
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new DramatisException("cannot commit search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Makes all writes visible to searches without making them durable: cheap enough after every document, where a
     * commit (an fsync) per document made ingest wait on the disk. A crash loses what was not committed since;
     * {@link SearchService#open} finds it missing and indexes it again.
     */
    public void refresh() {
        synchronized (writeLock) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new DramatisException("cannot refresh search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /** How many documents (not actors) are searchable now. */
    public int documentCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(KIND, KIND_DOCUMENT))));
    }

    /** The ids of every searchable document: to find what a crash kept from the index. */
    public Set<Long> documentIds() {
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            Query documents = new TermQuery(new Term(KIND, KIND_DOCUMENT));
            for (ScoreDoc sd : s.search(documents, Math.max(1, s.count(documents))).scoreDocs) {
                ids.add(s.storedFields().document(sd.doc, Set.of(ID)).getField(ID).numericValue().longValue());
            }
            return ids;
        });
    }

    /** Documents and actors searchable now. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Finds actors by any spelling and documents by their words. The query is plain text: words must all occur,
     * {@code "quoted words"} form a phrase, {@code -word} excludes, {@code word*} is a prefix. Input that is not valid
     * syntax never fails: it is read as words, and a query that still cannot run gives empty results.
     *
     * @param limit most actors and most documents to return, each (clamped to 1..1000)
     */
    public SearchResults search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return SearchResults.empty();
        }
        int n = Math.max(1, Math.min(MAX_LIMIT, limit));
        return withSearcher(s -> new SearchResults(searchActors(s, query, n), searchDocuments(s, query, n)));
    }

    private List<ActorHit> searchActors(IndexSearcher searcher, String text, int limit) throws IOException {
        Query tiers;
        try {
            tiers = actorQuery.build(text);
        } catch (RuntimeException e) {
            LOG.debug("unusable actor query '{}': {}", text, e.toString());
            return List.of();
        }
        if (tiers == null) {
            return List.of();
        }
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_ACTOR)), Occur.FILTER)
                .add(tiers, Occur.MUST).build();
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(MENTIONS, SortField.Type.INT, true));
        // Fetch beyond the limit so that re-ranking by closeness within a tier can promote a hit.
        int fetch = Math.min(MAX_LIMIT, limit * 3 + 20);
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc sd : runSafely(() -> searcher.search(q, fetch, sort, true).scoreDocs, text)) {
            Document d = searcher.storedFields().document(sd.doc);
            ActorQuery.Match m = actorQuery.match(text, List.of(d.getValues("names")));
            // Tiers are 10 apart, so closeness (< 1) reorders only within a tier.
            float score = sd.score + 0.99f * m.similarity();
            ranked.add(new Ranked(new ActorHit(d.getField(ID).numericValue().longValue(), d.get("name"), d.get("type"),
                    m.spelling(), ActorQuery.kind(sd.score), score), d.getField(MENTIONS).numericValue().intValue()));
        }
        // The actor id breaks the last ties, so equal hits come in the same order whatever the index's segment order.
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.hit().score()).thenComparingInt(r -> -r.mentions())
                .thenComparingLong(r -> r.hit().id()));
        return ranked.stream().limit(limit).map(Ranked::hit).toList();
    }

    /** An actor hit with its mention count, the tie-breaker. */
    private record Ranked(ActorHit hit, int mentions) {
    }

    private List<DocumentHit> searchDocuments(IndexSearcher searcher, String text, int limit) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(analysis.documentAnalyzer(),
                Map.of(SearchAnalysis.TITLE, 3f, SearchAnalysis.TEXT, 1f));
        parser.setDefaultOperator(Occur.MUST);
        Query words;
        try {
            words = parser.parse(text);
        } catch (RuntimeException e) {
            LOG.debug("unusable document query '{}': {}", text, e.toString());
            return List.of();
        }
        if (words == null) {
            return List.of();
        }
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_DOCUMENT)), Occur.FILTER)
                .add(words, Occur.MUST).build();
        Snippets.Matcher matcher = Snippets.matcher(words);
        // Equal scores are broken by document id, not by Lucene's internal order (which updates and merges change).
        record Hit(float score, long id, Document doc) { }
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : runSafely(() -> searcher.search(q, Math.min(MAX_LIMIT, limit * 2 + 20)).scoreDocs, text)) {
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new Hit(sd.score, d.getField(ID).numericValue().longValue(), d));
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingLong(Hit::id));
        return hits.stream().limit(limit).map(h -> new DocumentHit(h.id(), h.doc().get(SearchAnalysis.TITLE),
                h.doc().get("outlet"), h.doc().get("published"),
                snippets.snippet(h.doc().get(SearchAnalysis.TEXT), matcher), h.score())).toList();
    }

    /** Runs a search; a query Lucene refuses (too many expanded terms, say) is logged and yields no hits. */
    private static ScoreDoc[] runSafely(IoSupplier<ScoreDoc[]> search, String text) throws IOException {
        try {
            return search.get();
        } catch (IndexSearcher.TooManyClauses | IllegalArgumentException | IllegalStateException e) {
            LOG.debug("query '{}' cannot run: {}", text, e.toString());
            return new ScoreDoc[0];
        }
    }

    private Document actorDocument(ActorEntry a) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_ACTOR, Field.Store.NO));
        doc.add(new StringField(UID, KIND_ACTOR + ":" + a.id(), Field.Store.NO));
        doc.add(new StoredField(ID, a.id()));
        doc.add(new StoredField("name", a.name()));
        if (a.type() != null) {
            doc.add(new StoredField("type", a.type()));
        }
        doc.add(new NumericDocValuesField(MENTIONS, a.mentions()));
        doc.add(new StoredField(MENTIONS, a.mentions()));
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(a.name());
        spellings.addAll(a.names());
        Set<String> keys = new LinkedHashSet<>();
        for (String s : spellings) {
            doc.add(new StoredField("names", s));
            doc.add(new TextField(SearchAnalysis.NAME_TOKENS, s, Field.Store.NO));
            doc.add(new TextField(SearchAnalysis.NAME_SKELETON, s, Field.Store.NO));
            String key = analysis.nameKey(s);
            if (!key.isEmpty() && keys.add(key)) {
                doc.add(new StringField(ActorQuery.NAME_KEY, key, Field.Store.NO));
            }
        }
        return doc;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new TextField(field, value, Field.Store.YES));
        }
    }

    private void write(IoConsumer<IndexWriter> work) {
        synchronized (writeLock) {
            try {
                work.accept(writer);
            } catch (IOException e) {
                throw new DramatisException("cannot write search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private <T> T withSearcher(IoFunction<IndexSearcher, T> work) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return work.apply(searcher);
        } catch (IOException e) {
            throw new DramatisException("cannot search index " + folder + ": " + e.getMessage(), e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.warn("cannot release searcher of {}: {}", folder, e.toString());
                }
            }
        }
    }

    /** Commits pending writes and closes the index. */
    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                searchers.close();
                writer.close();
                directory.close();
            } catch (IOException e) {
                throw new DramatisException("cannot close search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // Already failing with the more useful exception.
            }
        }
    }

    /** An actor as the index holds it: its display name, type, every spelling seen and its mention count. */
    public record ActorEntry(long id, String name, String type, List<String> names, int mentions) {
        public ActorEntry {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("actor " + id + " has no name");
            }
            names = List.copyOf(Objects.requireNonNull(names, "names of actor " + id));
            if (mentions < 0) {
                throw new IllegalArgumentException("actor " + id + " has negative mention count " + mentions);
            }
        }
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    @FunctionalInterface
    private interface IoFunction<T, R> {
        R apply(T t) throws IOException;
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
