package org.dramatis.dev.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.eval.Gold;
import org.dramatis.eval.GoldReader;
import org.dramatis.graph.Database;
import org.dramatis.graph.GraphQueries;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;
import org.dramatis.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static final int DOCS = 120;

    @TempDir
    Path dir;

    @Test
    void next_isDeterministicAndEveryClaimPointsAtAMentionInItsSentence() {
        SyntheticCorpus a = new SyntheticCorpus(DOCS, 7);
        SyntheticCorpus b = new SyntheticCorpus(DOCS, 7);
        for (int i = 0; i < 20; i++) {
            SyntheticDocument d = a.next();
            assertThat(d.source().text()).isEqualTo(b.next().source().text());
            var mentions = d.extraction().mentions();
            mentions.forEach(m -> assertThat(d.source().text().substring(m.begin(), m.end())).isEqualTo(m.text()));
            d.extraction().facts().forEach(f -> {
                assertThat(mentions.get(f.subject()).sentence()).isEqualTo(f.sentence());
                assertThat(mentions.get(f.object()).sentence()).isEqualTo(f.sentence());
            });
            assertThat(d.extraction().facts()).extracting(f -> f.kind())
                    .contains(FactKind.ROLE, FactKind.PART_OF, FactKind.SUPPORTS, FactKind.OPPOSES);
            assertThat(d.extraction().events()).hasSize(1);
            assertThat(d.clusters()).allSatisfy(c -> assertThat(d.clusterActors()).containsKey(c.id()));
        }
    }

    @Test
    void names_spellOneActorSeveralWaysWithOneMatchingKey() {
        NameKeys keys = NameKeys.load();
        List<Actor> actors = new SyntheticCorpus(DOCS, 7).actors();
        Actor person = actors.stream().filter(x -> x.type() == ActorType.PERSON && x.fullForms().size() > 1)
                .findFirst().orElseThrow();
        assertThat(person.fullForms().stream().map(keys::key).distinct()).hasSize(1);
        Actor org = actors.stream().filter(x -> x.type() == ActorType.ORGANIZATION).findFirst().orElseThrow();
        assertThat(org.shortForms().get(0)).matches("[A-Z]{4}");
    }

    @Test
    void write_storesEveryDocumentAndResolvesSpellingVariantsIntoOneEntityEach() throws Exception {
        Database db = Database.open(dir);
        NameKeys keys = NameKeys.load();
        EntityResolver resolver = new EntityResolver(keys, Glossary.load(keys), AliasTable.empty(), List.of());
        CorpusWriter.Report report = new CorpusWriter(db).write(DOCS, 7, CorpusWriter.Mode.RESOLVER, resolver, n -> { });

        var stats = new GraphQueries(db).stats();
        assertThat(stats.documents()).isEqualTo(DOCS);
        assertThat(stats.mentions()).isEqualTo((int) report.mentions()).isGreaterThan(DOCS * 10);
        assertThat(stats.facts()).isEqualTo((int) report.facts()).isGreaterThanOrEqualTo(DOCS * 4);
        assertThat(stats.events()).isEqualTo(DOCS);

        // Replay the same corpus to know which actor each stored cluster really is.
        SyntheticCorpus truth = new SyntheticCorpus(DOCS, 7);
        Map<Integer, Set<Long>> entitiesOfActor = new HashMap<>();
        Map<Long, Set<Integer>> actorsOfEntity = new HashMap<>();
        Map<Long, Map<Integer, Long>> stored = clusterEntities(db);
        for (long doc = 1; doc <= DOCS; doc++) {
            SyntheticDocument d = truth.next();
            for (var e : d.clusterActors().entrySet()) {
                long entity = stored.get(doc).get(e.getKey());
                entitiesOfActor.computeIfAbsent(e.getValue().id(), k -> new HashSet<>()).add(entity);
                actorsOfEntity.computeIfAbsent(entity, k -> new HashSet<>()).add(e.getValue().id());
            }
        }
        assertThat(entitiesOfActor.values()).allSatisfy(s -> assertThat(s).hasSize(1));
        assertThat(actorsOfEntity.values()).allSatisfy(s -> assertThat(s).hasSize(1));
        ResolvedEntity busiest = resolver.entities().stream()
                .filter(e -> e.type() == ActorType.PERSON)
                .max((x, y) -> Integer.compare(x.documents().size(), y.documents().size())).orElseThrow();
        assertThat(busiest.names().size()).as("spellings of %s", busiest.names().keySet()).isGreaterThan(2);
    }

    @Test
    void articles_comeWithAGoldFileTheEvaluatorReads() throws Exception {
        ArticleWriter.write(dir, 5, 3);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".md"))).hasSize(5);
        }
        Gold gold = GoldReader.read(dir.resolve("gold.json"));
        assertThat(gold.entities()).isNotEmpty();
        assertThat(gold.facts()).isNotEmpty();
        assertThat(gold.events()).hasSize(5);
        assertThat(Files.readString(dir.resolve("doc-000001.md"))).startsWith("---\ntitle:").contains("date: ");
    }

    private static Map<Long, Map<Integer, Long>> clusterEntities(Database db) {
        return db.inTransaction(c -> {
            Map<Long, Map<Integer, Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select document_id, id, entity_id from cluster");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
                }
            }
            return out;
        });
    }
}
