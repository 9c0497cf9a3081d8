package org.dramatis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.extract.ActorMention;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.NameKeys;

/**
 * Times {@link EntityResolver#add} on synthetic documents' clusters, to check that resolution cost stays linear in
 * the number of mentions. Documents are generated before the clock starts; only the resolver is timed.
 */
public final class ResolveBench {
    /** One size's figures. */
    public record Run(int mentions, int documents, int entities, long nanos) {
        public double mentionsPerSecond() {
            return Stats.perSecond(mentions, nanos);
        }
    }

    private final NameKeys keys = NameKeys.load();
    private final Glossary glossary = Glossary.load(keys);

    public Run run(int mentions, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(Math.max(10, mentions / 12), seed);
        List<List<LocalCluster>> docs = new ArrayList<>();
        List<Map<Integer, ActorMention>> indexes = new ArrayList<>();
        int made = 0;
        while (made < mentions) {
            SyntheticDocument d = corpus.next();
            Map<Integer, ActorMention> byIndex = new HashMap<>();
            d.extraction().mentions().forEach(m -> byIndex.put(m.index(), m));
            docs.add(d.clusters());
            indexes.add(byIndex);
            made += byIndex.size();
        }
        EntityResolver resolver = new EntityResolver(keys, glossary, AliasTable.empty(), List.of());
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            resolver.add(i + 1, docs.get(i), indexes.get(i));
        }
        long nanos = System.nanoTime() - t0;
        return new Run(made, docs.size(), resolver.entities().size(), nanos);
    }
}
