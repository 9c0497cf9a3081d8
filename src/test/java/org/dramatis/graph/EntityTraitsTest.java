package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.Extraction;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An actor's traits (the country of a generic-named body, a person's name written after a title, ...) survive the
 * store, so that the resolver the next ingest seeds from it decides as the one that read the documents did.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class EntityTraitsTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    @Test
    void loadEntities_givesBackTheTraitsSaved_andNoneForAnActorStoredWithout() {
        try (Database db = store.open(dir)) {
            long doc = insert(db, "Qadira's Ministry of Defence thanked Colonel Varo.", "Ministry of Defence", "Varo");
            ResolvedEntity.Traits body = new ResolvedEntity.Traits(Set.of("qadira"), Set.of(),
                    Map.of(ActorType.ORGANIZATION, 1), false, true);
            EntityRepository entities = new EntityRepository(db);
            entities.save(List.of(
                    new ResolvedEntity(1, "Ministry of Defence", ActorType.ORGANIZATION, Map.of("Ministry of Defence", 1),
                            List.of("test"), Set.of(doc), body),
                    new ResolvedEntity(2, "Varo", ActorType.PERSON, Map.of("Varo", 1), List.of("test"), Set.of(doc))),
                    List.of(new Assignment(doc, 0, 1, 1.0, List.of("test")), new Assignment(doc, 1, 2, 1.0, List.of("test"))),
                    true);

            List<ResolvedEntity> loaded = entities.loadEntities();

            assertThat(loaded).extracting(ResolvedEntity::traits).containsExactly(body, ResolvedEntity.Traits.NONE);
        }
    }

    /** One document with one mention (and one cluster) per name, in one sentence. */
    private static long insert(Database db, String text, String... names) {
        Sentence sentence = new Sentence(0, 0, text.length(), text, List.of(), List.of(), List.of());
        List<ActorMention> mentions = new java.util.ArrayList<>();
        List<LocalCluster> clusters = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            ActorType type = mentions.isEmpty() ? ActorType.ORGANIZATION : ActorType.PERSON;
            mentions.add(new ActorMention(mentions.size(), name, type, 0, at, at + name.length(), "ner"));
            clusters.add(new LocalCluster(clusters.size(), type, List.of(mentions.size() - 1), name, List.of(name),
                    List.of("test")));
        }
        SourceDocument source = new SourceDocument("traits.txt", null, "0".repeat(64), "Traits", "Test Wire", null,
                LocalDate.of(2023, 1, 15), "en", text);
        return new DocumentStore(db).insert(source, "2023-01-15", "DAY", new AnnotatedDocument(text, List.of(sentence)),
                new Extraction(mentions, List.of(), List.of()), clusters);
    }
}
