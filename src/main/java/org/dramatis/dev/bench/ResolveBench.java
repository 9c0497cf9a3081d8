package org.dramatis.dev.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.NameKeys;

/**
 * Times {@link EntityResolver#add} on synthetic documents' clusters, to check that resolution cost stays linear in
 * the number of mentions. Documents are generated before the clock starts; only the resolver is timed.
 *
 * <p>Besides the whole run's rate, each run reports the rate over its last tenth of documents: with a linear resolver
 * the cost of one more mention does not depend on how many came before, so that rate stays flat from size to size;
 * a resolver that compares each mention with a share of the corpus slows down there first.
 */
public final class ResolveBench {
    /**
     * One size's figures; {@code lastTenthMentions} of the mentions were added in the final {@code lastTenthNanos}.
     * Against the generator's truth, {@code mergedEntities} entities hold more than one invented actor and
     * {@code splitActors} actors ended in more than one entity.
     */
    public record Run(int mentions, int documents, int entities, long nanos, int lastTenthMentions, long lastTenthNanos,
                      int mergedEntities, int splitActors) {
        public double mentionsPerSecond() {
            return Stats.perSecond(mentions, nanos);
        }

        /** The rate over the last tenth of the documents, when the resolver holds nine tenths of the corpus. */
        public double lastTenthMentionsPerSecond() {
            return Stats.perSecond(lastTenthMentions, lastTenthNanos);
        }
    }

    private final NameKeys keys = NameKeys.load();
    private final Glossary glossary = Glossary.load(keys);

    public Run run(int mentions, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(Math.max(10, mentions / 12), seed);
        List<List<LocalCluster>> docs = new ArrayList<>();
        List<Map<Integer, ActorMention>> indexes = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Map<Integer, Actor>> truth = new ArrayList<>();
        int made = 0;
        while (made < mentions) {
            SyntheticDocument d = corpus.next();
            Map<Integer, ActorMention> byIndex = new HashMap<>();
            d.extraction().mentions().forEach(m -> byIndex.put(m.index(), m));
            docs.add(d.clusters());
            indexes.add(byIndex);
            sizes.add(byIndex.size());
            truth.add(d.clusterActors());
            made += byIndex.size();
        }
        EntityResolver resolver = new EntityResolver(keys, glossary, AliasTable.empty(), List.of());
        int lastTenth = docs.size() - Math.max(1, docs.size() / 10);
        int lastTenthMentions = 0;
        long tLast = 0;
        List<List<Assignment>> assigned = new ArrayList<>();
        System.gc(); // the generator's garbage is not the resolver's cost
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            if (i == lastTenth) {
                tLast = System.nanoTime();
            }
            if (i >= lastTenth) {
                lastTenthMentions += sizes.get(i);
            }
            assigned.add(resolver.add(i + 1, docs.get(i), indexes.get(i)));
        }
        long end = System.nanoTime();
        Map<Long, Set<Integer>> actorsOfEntity = new HashMap<>();
        Map<Integer, Set<Long>> entitiesOfActor = new HashMap<>();
        for (int i = 0; i < assigned.size(); i++) {
            for (Assignment a : assigned.get(i)) {
                int actor = truth.get(i).get(a.clusterId()).id();
                long entity = resolver.currentId(a.entityId());
                actorsOfEntity.computeIfAbsent(entity, x -> new HashSet<>()).add(actor);
                entitiesOfActor.computeIfAbsent(actor, x -> new HashSet<>()).add(entity);
            }
        }
        return new Run(made, docs.size(), resolver.entities().size(), end - t0, lastTenthMentions, end - tLast,
                moreThanOne(actorsOfEntity), moreThanOne(entitiesOfActor));
    }

    private static int moreThanOne(Map<?, ? extends Set<?>> groups) {
        return (int) groups.values().stream().filter(g -> g.size() > 1).count();
    }
}
