package org.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.Extraction;
import org.dramatis.graph.Database;
import org.dramatis.graph.DocumentStore;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.TestStores;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;
import org.dramatis.search.SearchResults.ActorHit;
import org.dramatis.search.SearchResults.DocumentHit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class SearchServiceTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dataDir;
    Database db;
    GraphQueries graph;
    long first;
    long second;

    @BeforeEach
    void store() {
        db = store.open(dataDir);
        graph = new GraphQueries(db);
        first = insert("Port reopens", "Minister Sara Odeyemi reopened the eastern port. Odeyemi thanked the dock unions.",
                "Sara Odeyemi", "Odeyemi");
        second = insert("Talks in the capital", "Envoys met al-Odeyemi in the capital to discuss grain prices.",
                "al-Odeyemi");
        List<Assignment> assignments = List.of(new Assignment(first, 0, 1, 1.0, List.of("test")),
                new Assignment(second, 0, 1, 0.9, List.of("test")));
        new EntityRepository(db).save(List.of(new ResolvedEntity(1, "Sara Odeyemi", ActorType.PERSON,
                Map.of("Sara Odeyemi", 1, "Odeyemi", 1, "al-Odeyemi", 1), List.of("test"), Set.of(first, second))),
                assignments, true);
    }

    @Test
    void open_rebuildsMissingIndexFromTheDatabase() {
        Path indexDir = SearchService.indexDir(dataDir);
        assertThat(indexDir).doesNotExist();

        try (SearchService search = SearchService.open(indexDir, graph, db)) {
            SearchResults r = search.search("Odeyemi", 10);

            assertThat(r.actors()).extracting(ActorHit::id, ActorHit::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "Sara Odeyemi"));
            assertThat(r.documents()).extracting(DocumentHit::id).containsExactlyInAnyOrder(first, second);
            assertThat(r.documents()).allSatisfy(d -> assertThat(d.snippet()).anyMatch(SearchResults.Part::hit));
        }
        assertThat(Files.isDirectory(indexDir)).isTrue();
    }

    @Test
    void open_indexesDocumentsACrashKeptOutOfTheIndex() {
        Path indexDir = SearchService.indexDir(dataDir);
        SearchService.open(indexDir, graph, db).close();
        // Stored after the index's last commit, as when the process is killed during an ingest.
        long third = insert("Harbour strike", "Dock workers in the harbour walked out over unpaid wages.", "Dock workers");

        try (SearchService search = SearchService.open(indexDir, graph, db)) {
            assertThat(search.search("harbour wages", 10).documents()).extracting(DocumentHit::id).containsExactly(third);
            assertThat(search.search("Odeyemi", 10).documents()).extracting(DocumentHit::id)
                    .containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void actors_listsEverySpellingWithMentionCounts() {
        try (SearchService search = SearchService.open(SearchService.indexDir(dataDir), graph, db)) {
            assertThat(search.actors()).singleElement().satisfies(a -> {
                assertThat(a.names()).containsExactlyInAnyOrder("Sara Odeyemi", "Odeyemi", "al-Odeyemi");
                assertThat(a.mentions()).isEqualTo(3);
                assertThat(a.type()).isEqualTo("PERSON");
            });
        }
    }

    @Test
    void onDocumentStored_makesNewDocumentSearchable() {
        try (SearchService search = SearchService.open(SearchService.indexDir(dataDir), graph, db)) {
            long third = insert("Harvest report", "Farmers in the valley brought in a record barley harvest.", "Farmers");

            assertThat(search.search("barley", 10).documents()).isEmpty();
            search.onDocumentStored(third);

            assertThat(search.search("barley", 10).documents()).extracting(DocumentHit::id).containsExactly(third);
        }
    }

    @Test
    void onActorsChanged_reflectsRenamedActor() {
        try (SearchService search = SearchService.open(SearchService.indexDir(dataDir), graph, db)) {
            new EntityRepository(db).save(List.of(new ResolvedEntity(1, "Sara Odeyemi-Lind", ActorType.PERSON,
                    Map.of("Sara Odeyemi", 1), List.of(), Set.of())), List.of(), false);
            search.onActorsChanged();

            assertThat(search.search("Odeyemi", 10).actors()).extracting(ActorHit::name)
                    .containsExactly("Sara Odeyemi-Lind");
        }
    }

    @Test
    void reindexAll_keepsTheSameResultsWhenRunTwice() {
        try (SearchService search = SearchService.open(SearchService.indexDir(dataDir), graph, db)) {
            search.reindexAll();
            search.reindexAll();

            assertThat(search.search("grain", 10).documents()).extracting(DocumentHit::id).containsExactly(second);
            assertThat(search.search("Odeyemi", 10).actors()).hasSize(1);
        }
    }

    /** Stores a one-sentence-per-period document whose mentions are the first occurrences of {@code names}. */
    private long insert(String title, String text, String... names) {
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (String part : text.split("(?<=\\.) ")) {
            int start = text.indexOf(part, begin);
            sentences.add(new Sentence(sentences.size(), start, start + part.length(), part, List.of(), List.of(), List.of()));
            begin = start + part.length();
        }
        List<ActorMention> mentions = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            int sentence = (int) sentences.stream().filter(s -> s.begin() <= at).count() - 1;
            mentions.add(new ActorMention(mentions.size(), name, ActorType.PERSON, sentence, at, at + name.length(), "ner"));
        }
        List<Integer> all = mentions.stream().map(ActorMention::index).toList();
        LocalCluster cluster = new LocalCluster(0, ActorType.PERSON, all, names[0], List.of(names), List.of("test"));
        SourceDocument source = new SourceDocument(title.toLowerCase().replace(' ', '-') + ".txt", null, sha256(text),
                title, "Test Wire", null, LocalDate.of(2023, 1, 15), "en", text);
        return new DocumentStore(db).insert(source, "2023-01-15", "DAY", new AnnotatedDocument(text, sentences),
                new Extraction(mentions, List.of(), List.of()), List.of(cluster));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
