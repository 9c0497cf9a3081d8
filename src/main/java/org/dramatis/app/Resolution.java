package org.dramatis.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.dramatis.extract.ActorMention;
import org.dramatis.graph.CrashPoints;
import org.dramatis.graph.ClusterRepository;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.ResolutionState;
import org.dramatis.graph.StableIds;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.CorpusContext;
import org.dramatis.resolve.CorpusHome;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;

/**
 * Keeps the store's entities in step with the resolver: incrementally as documents arrive, and from scratch (replaying
 * every analyst decision) after a correction. When the user's data files changed since the stored clusters were made
 * (a capital or glossary term added after ingest), every document is first clustered again from its stored text and
 * mentions, so within-document rules see the new files too. Not thread-safe by design: the ingest pipeline calls it from its single
 * writer thread, corrections take the same lock.
 */
public final class Resolution {
    private final EntityRepository entities;
    private final ClusterRepository storedClusters;
    private final DecisionRepository decisions;
    private final ResolutionState state;
    private final Supplier<EntityResolver> resolvers;
    private final Supplier<DocumentClusterer> clusterers;
    private final Supplier<String> dataFiles;
    private final Runnable afterRebuild;
    private EntityResolver current;
    private final Set<Long> known = new HashSet<>();
    /** What the whole corpus tells its documents' clustering, as stored ({@link CorpusContext}); null until read. */
    private CorpusContext corpus;
    /** The clusterer new documents are clustered again with when the corpus tells something; null until needed. */
    private DocumentClusterer corpusClusterer;
    /** The resolver's ids to the store's, which never move (the resolver numbers a full re-resolution from 1). */
    private final StableIds ids = new StableIds();

    /**
     * @param resolvers makes a fresh resolver that has read the current decisions and the user's alias lists
     * @param clusterers makes a within-document clusterer that has read the user's data files
     * @param dataFiles the fingerprint of the user's data files now ({@link ResolverFactory#fingerprint})
     * @param afterRebuild run after a full re-resolution (the search index re-reads the actors)
     */
    public Resolution(Database db, Supplier<EntityResolver> resolvers, Supplier<DocumentClusterer> clusterers,
                      Supplier<String> dataFiles, Runnable afterRebuild) {
        this.entities = new EntityRepository(db);
        this.storedClusters = new ClusterRepository(db);
        this.decisions = new DecisionRepository(db);
        this.state = new ResolutionState(db);
        this.resolvers = resolvers;
        this.clusterers = clusterers;
        this.dataFiles = dataFiles;
        this.afterRebuild = afterRebuild;
    }

    /**
     * Assigns one new document's clusters to entities and saves what changed. The resolver may fold an older entity
     * into another (a bare surname seen first meets its full name later); the mentions of a folded entity move to the
     * entity that absorbed it.
     */
    public synchronized void addDocument(long documentId, List<LocalCluster> clusters, List<ActorMention> mentions) {
        EntityResolver resolver = resolver();
        if (storedClusters.resolved(documentId)) {
            // Stored by an ingest still going, and resolved meanwhile by a recovery or a full re-resolution that read
            // it from the store: adding it again would count its names twice.
            return;
        }
        Map<Integer, ActorMention> byIndex = new HashMap<>();
        mentions.forEach(m -> byIndex.put(m.index(), m));
        List<Assignment> assignments = resolver.add(documentId, clusters, byIndex);
        Set<Long> touched = new HashSet<>();
        assignments.forEach(a -> touched.add(a.entityId()));
        Map<Long, Long> folded = new HashMap<>();
        for (long id : known) {
            if (!resolver.exists(id)) {
                long into = resolver.currentId(id);
                folded.put(id, into);
                touched.add(into);
            }
        }
        // Only what this document changed is snapshotted and saved, so a document costs the same at any corpus size.
        List<ResolvedEntity> changed = resolver.entities(touched);
        CrashPoints.reached("document.resolving");
        try {
            entities.save(changed, assignments, folded, ids);
        } catch (RuntimeException e) {
            forget(); // the resolver holds what the store refused: start again from the store
            throw e;
        }
        known.removeAll(folded.keySet());
        changed.forEach(e -> known.add(e.id()));
        CrashPoints.reached("document.resolved");
    }

    /**
     * Re-resolves the whole corpus from its stored clusters, replaying every decision; clusters every document again
     * first if the data files changed since its clusters were made.
     */
    public synchronized void rebuild() {
        CrashPoints.reached("rebuild.start");
        long version = state.wantedVersion(); // read before the decisions: a later one leaves the store stale, as it should
        corpusClusterer = null; // the data files may have changed
        String fingerprint = clusteringFingerprint();
        if (!fingerprint.equals(storedClusters.clusteringFingerprint())) {
            storedClusters.recluster(clustering(), fingerprint);
            CrashPoints.reached("rebuild.reclustered");
        }
        EntityResolver resolver = resolvers.get();
        List<Assignment> assignments = new ArrayList<>();
        for (ClusterRepository.StoredClusters doc : storedClusters.loadClusters()) {
            Map<Integer, ActorMention> byIndex = new HashMap<>();
            doc.mentions().forEach(m -> byIndex.put(m.index(), m));
            assignments.addAll(resolver.add(doc.documentId(), doc.clusters(), byIndex));
        }
        // A later document may have folded an entity an earlier one was assigned to: assign to the survivor.
        assignments = resolver.withCurrentIds(assignments);
        List<ResolvedEntity> all = resolver.entities();
        CrashPoints.reached("rebuild.resolved");
        boolean written;
        try {
            written = entities.replaceAll(all, assignments, version, ids);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
        CrashPoints.reached("rebuild.done");
        if (written) {
            current = resolver;
            known.clear();
            all.forEach(e -> known.add(e.id()));
        } else {
            forget(); // another process's later re-resolution is in the store: read it from there when needed
        }
        afterRebuild.run();
    }

    /**
     * Finishes what a crash may have cut short, before anything new: a full re-resolution that a correction or a
     * lexicon change asked for, then documents stored but not yet resolved. Loads the resolver.
     */
    public synchronized void recover() {
        if (state.reresolutionPending()) {
            rebuild();
        }
        resolver();
    }

    /**
     * Like {@link #recover} but loads the resolver only when there is work to finish, for the workbench, which needs
     * none until an upload. Returns whether anything was done.
     */
    public synchronized boolean finishInterrupted() {
        if (state.reresolutionPending()) {
            rebuild();
            return true;
        }
        if (current == null && storedClusters.unresolvedDocuments()) {
            resolver();
            return true;
        }
        return false;
    }

    /**
     * Before a new correction of actor {@code actorId}: re-resolves when a correction of it is stored but not applied,
     * because the re-resolution that should have applied it threw or its process died (the store marks such an actor
     * until then, and would refuse every correction of it as changed meanwhile). A correction of it being applied in
     * this process is waited for, not repeated; one being applied by another process on the same database is applied
     * here too (the later of the two commits, the other writes nothing).
     */
    public synchronized void applyPendingCorrection(long actorId) {
        if (state.correctionPending(actorId)) {
            rebuild();
        }
    }

    /**
     * The clusters a new document is stored with: those its processor made, or, when the corpus tells something (a
     * home country, acronyms other articles defined), the document clustered again knowing it (the processor, on
     * another thread or machine, does not).
     */
    public synchronized List<LocalCluster> clustersFor(String text, List<ActorMention> mentions, List<LocalCluster> made) {
        CorpusContext c = corpus();
        if (c.isEmpty()) {
            return made;
        }
        if (corpusClusterer == null) {
            corpusClusterer = clusterers.get();
        }
        return corpusClusterer.cluster(text, mentions, c);
    }

    /**
     * After an ingest run: works out again what the stored corpus tells its documents ({@link CorpusContext}: which
     * country it is about, {@link CorpusHome}, and which acronyms its articles wrote after a name); when that changed,
     * every document is clustered again knowing it and the corpus re-resolved (marked as wanted first, so a crash in
     * between is made good at the next start). Returns whether it changed.
     */
    public synchronized boolean settleCorpus() {
        DocumentClusterer clusterer = clusterers.get();
        List<CorpusHome.Evidence> evidence = new ArrayList<>();
        storedClusters.placeMentions().values().forEach(m -> evidence.add(clusterer.homeEvidence(m)));
        List<Map<String, Set<String>>> definitions = new ArrayList<>();
        storedClusters.organizationMentions().values().forEach(m -> definitions.add(clusterer.acronymDefinitions(m)));
        CorpusContext now = CorpusContext.of(CorpusHome.of(evidence, storedClusters.documentCount()), definitions);
        if (now.equals(corpus())) {
            return false;
        }
        state.requestReresolution();
        storedClusters.setCorpusHome(Objects.requireNonNullElse(now.home(), ""));
        storedClusters.setCorpusAcronyms(now.acronymLines());
        corpus = now;
        rebuild();
        return true;
    }

    private CorpusContext corpus() {
        if (corpus == null) {
            corpus = new CorpusContext(storedClusters.corpusHome(), CorpusContext.parseAcronyms(storedClusters.corpusAcronyms()));
        }
        return corpus;
    }

    /** What the stored clusters are made from: the data files and what the corpus tells (its home, its acronyms). */
    private String clusteringFingerprint() {
        CorpusContext c = corpus();
        String f = c.home() == null ? dataFiles.get() : dataFiles.get() + " home=" + c.home();
        return c.acronyms().isEmpty() ? f : f + " acronyms=" + Integer.toHexString(c.acronymLines().hashCode());
    }

    private BiFunction<String, List<ActorMention>, List<LocalCluster>> clustering() {
        DocumentClusterer clusterer = clusterers.get();
        CorpusContext c = corpus();
        return (text, mentions) -> clusterer.cluster(text, mentions, c);
    }

    private void forget() {
        corpus = null;
        corpusClusterer = null;
        current = null;
        known.clear();
        ids.clear();
    }

    private EntityResolver resolver() {
        if (current == null) {
            String fingerprint = clusteringFingerprint();
            if (!fingerprint.equals(storedClusters.clusteringFingerprint())) {
                // Data files changed outside 'dramatis lexicon' (or the store predates fingerprints): start over.
                if (storedClusters.recluster(clustering(), fingerprint) > 0) {
                    rebuild();
                    return current;
                }
            }
            current = resolvers.get();
            List<ResolvedEntity> stored = entities.loadEntities();
            current.seed(stored, decisions.anchorHolders());
            stored.forEach(e -> known.add(e.id()));
            ids.seed(known);
            // Documents a crash left stored but unresolved are resolved now, before anything new.
            for (ClusterRepository.StoredClusters doc : storedClusters.loadUnresolvedClusters()) {
                addDocument(doc.documentId(), doc.clusters(), doc.mentions());
            }
        }
        return current;
    }
}
