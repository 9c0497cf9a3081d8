package org.dramatis.dev.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.dramatis.extract.ActorMention;
import org.dramatis.graph.Database;
import org.dramatis.graph.DocumentStore;
import org.dramatis.graph.EntityRepository;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;

/**
 * Fills an empty store with a synthetic corpus, bypassing NLP: each document goes through {@link DocumentStore#insert}
 * as the pipeline would store it. Entities come either from the real {@link EntityResolver} run over every document's
 * clusters (the default: it exercises resolution at scale) or from the generator's own truth ({@link Mode#KNOWN}).
 * Either way they are written once at the end, not per document: the incremental path re-saves every entity a
 * document touches, which is what makes one-by-one resolution of 100,000 documents slow.
 */
public final class CorpusWriter {
    /** Where entities come from. */
    public enum Mode { RESOLVER, KNOWN }

    /** What was written and how long each phase took. */
    public record Report(int documents, long mentions, long facts, long events, int entities, long insertMillis,
                         long resolveMillis, long saveMillis) {
    }

    private final Database db;
    private final DocumentStore documents;
    private final EntityRepository entities;

    public CorpusWriter(Database db) {
        this.db = db;
        this.documents = new DocumentStore(db);
        this.entities = new EntityRepository(db);
    }

    /**
     * Writes {@code count} documents made from {@code seed}.
     *
     * @param resolver a fresh resolver, used in {@link Mode#RESOLVER}
     * @param progress told the number of documents written so far, every 1,000
     */
    public Report write(int count, long seed, Mode mode, EntityResolver resolver, IntConsumer progress) {
        if (count < 1) {
            throw new DramatisException("--documents must be at least 1, got " + count);
        }
        // SQLite checkpoints the WAL whenever the last connection closes; the store opens one connection per call, so
        // without a connection held open every document would pay a checkpoint (measured: 14 ms against 0.3 ms).
        try (Connection keepWalOpen = db.connection()) {
            return writeAll(count, seed, mode, resolver, progress);
        } catch (SQLException e) {
            throw new DramatisException("cannot close database " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private Report writeAll(int count, long seed, Mode mode, EntityResolver resolver, IntConsumer progress) {
        SyntheticCorpus corpus = new SyntheticCorpus(count, seed);
        List<Assignment> assignments = new ArrayList<>();
        Map<Integer, Known> known = new LinkedHashMap<>();
        long mentions = 0;
        long facts = 0;
        long events = 0;
        long insertNanos = 0;
        long resolveNanos = 0;
        for (int i = 0; i < count; i++) {
            SyntheticDocument d = corpus.next();
            long t0 = System.nanoTime();
            long id = documents.insert(d.source(), d.source().published().toString(), "DAY", d.annotated(),
                    d.extraction(), d.clusters());
            long t1 = System.nanoTime();
            if (mode == Mode.RESOLVER) {
                Map<Integer, ActorMention> byIndex = new HashMap<>();
                d.extraction().mentions().forEach(m -> byIndex.put(m.index(), m));
                assignments.addAll(resolver.add(id, d.clusters(), byIndex));
            } else {
                for (LocalCluster c : d.clusters()) {
                    Actor a = d.clusterActors().get(c.id());
                    Known k = known.computeIfAbsent(a.id(), x -> new Known(a));
                    c.mentions().forEach(m -> k.names.merge(d.extraction().mentions().get(m).text(), 1, Integer::sum));
                    k.documents.add(id);
                    assignments.add(new Assignment(id, c.id(), a.id() + 1L, 2.0, List.of("synthetic: known actor")));
                }
            }
            resolveNanos += System.nanoTime() - t1;
            insertNanos += t1 - t0;
            mentions += d.extraction().mentions().size();
            facts += d.extraction().facts().size();
            events += d.extraction().events().size();
            if ((i + 1) % 1000 == 0) {
                progress.accept(i + 1);
            }
        }
        long t2 = System.nanoTime();
        List<ResolvedEntity> result = mode == Mode.RESOLVER ? resolver.entities()
                : known.values().stream().map(Known::entity).toList();
        long t3 = System.nanoTime();
        entities.save(result, assignments, true);
        long t4 = System.nanoTime();
        return new Report(count, mentions, facts, events, result.size(), insertNanos / 1_000_000,
                (resolveNanos + t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }

    /** An actor's names and documents as the generator knows them. */
    private static final class Known {
        final Actor actor;
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Set<Long> documents = new TreeSet<>();

        Known(Actor actor) {
            this.actor = actor;
        }

        ResolvedEntity entity() {
            return new ResolvedEntity(actor.id() + 1L, actor.canonical(), actor.type(), names, List.of(), documents);
        }
    }
}
