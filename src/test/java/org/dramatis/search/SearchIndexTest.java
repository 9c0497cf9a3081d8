package org.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.dramatis.search.SearchIndex.ActorEntry;
import org.dramatis.search.SearchResults.ActorHit;
import org.dramatis.search.SearchResults.DocumentHit;
import org.dramatis.search.SearchResults.MatchKind;
import org.dramatis.search.SearchResults.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {
    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.open(dir.resolve("index"));
        index.indexDocument(1, "Nazimi to lead the border guard", "Velmora Courier", "2022-04-02",
                "Harbour city, Tuesday. The council of Velmora named Ali al-Nazimi commander of the border guard. "
                        + "He replaces Tomas Brenner, who retired after eleven years. Nazimi previously led the coast "
                        + "patrol and is known for a quiet manner.");
        index.indexDocument(2, "Storm closes the northern pass", "Hill Gazette", "2022-05-10",
                "Heavy snow closed the northern pass for three days. A guard at the border said trucks were waiting "
                        + "on both sides and that the road crews were still clearing drifts.");
        index.indexDocument(3, "Brenner opens a bakery", null, null,
                "Tomas Brenner, the retired commander, opened a bakery in the old market. Bakers from three towns came.");
        index.replaceActors(List.of(
                new ActorEntry(10, "Ali Nazimi", "PERSON", List.of("Ali Nazimi", "Nazimi", "Ali al-Nazimi"), 12),
                new ActorEntry(11, "Nazimiya Trading House", "ORGANIZATION", List.of("Nazimiya Trading House"), 40),
                new ActorEntry(12, "Tomas Brenner", "PERSON", List.of("Tomas Brenner", "Brenner"), 5),
                new ActorEntry(13, "Karim Kazemi", "PERSON", List.of("Karim Kazemi"), 3)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void search_ranksExactSpellingBeforePrefixMatches() {
        List<ActorHit> actors = index.search("Nazimi", 10).actors();

        assertThat(actors).extracting(ActorHit::id).containsExactly(10L, 11L);
        assertThat(actors.get(0).matched()).isEqualTo("Nazimi");
        assertThat(actors.get(0).score()).isGreaterThan(actors.get(1).score());
    }

    @Test
    void search_findsActorByVowelVariant() {
        List<ActorHit> actors = index.search("Nazemi", 10).actors();

        assertThat(actors).extracting(ActorHit::id).startsWith(10L);
        assertThat(actors.get(0).matched()).isEqualTo("Nazimi");
    }

    @Test
    void search_ignoresLeadingArticle() {
        assertThat(index.search("al-Nazimi", 10).actors()).extracting(ActorHit::id).startsWith(10L);
        assertThat(index.search("Al Nazimi", 10).actors()).extracting(ActorHit::id).startsWith(10L);
        assertThat(index.search("El-Nazemi", 10).actors()).extracting(ActorHit::id).startsWith(10L);
    }

    @Test
    void search_findsTransliterationVariantBeyondTwoEdits() {
        assertThat(index.search("Kadhimi", 10).actors()).extracting(ActorHit::id).containsExactly(13L);
        assertThat(index.search("Qazimi", 10).actors()).extracting(ActorHit::id).containsExactly(13L);
    }

    @Test
    void search_ranksATransliterationAboveACloserSpellingOfAnotherName() {
        index.replaceActors(List.of(
                new ActorEntry(20, "Omar al-Badhimi", "PERSON", List.of("Omar al-Badhimi", "Badhimi"), 2),
                new ActorEntry(21, "Lina Barimi", "PERSON", List.of("Lina Barimi", "Barimi"), 30)));

        List<ActorHit> hits = index.search("Bazimi", 10).actors();

        assertThat(hits).extracting(ActorHit::id).containsExactly(20L, 21L);
        assertThat(hits).extracting(ActorHit::matched).containsExactly("Badhimi", "Barimi");
        assertThat(hits).extracting(ActorHit::matchedBy).containsExactly(MatchKind.TRANSLITERATION, MatchKind.SIMILAR);
    }

    @Test
    void search_ranksTheExactSpellingAboveItsTransliterations() {
        index.replaceActors(List.of(
                new ActorEntry(20, "Omar al-Badhimi", "PERSON", List.of("Omar al-Badhimi", "Badhimi"), 40),
                new ActorEntry(22, "Sara Bazimi", "PERSON", List.of("Sara Bazimi", "Bazimi"), 1)));

        List<ActorHit> hits = index.search("al-Bazimi", 10).actors();

        assertThat(hits).extracting(ActorHit::id).containsExactly(22L, 20L);
        assertThat(hits).extracting(ActorHit::matchedBy).containsExactly(MatchKind.EXACT, MatchKind.TRANSLITERATION);
        assertThat(index.search("Sara", 10).actors()).singleElement()
                .satisfies(h -> assertThat(h.matchedBy()).isEqualTo(MatchKind.WORDS));
        assertThat(index.search("Bad", 10).actors()).singleElement()
                .satisfies(h -> assertThat(h.matchedBy()).isEqualTo(MatchKind.PREFIX));
    }

    @Test
    void search_findsActorByPrefixAndFoldedAccents() {
        assertThat(index.search("Bren", 10).actors()).extracting(ActorHit::id).containsExactly(12L);
        assertThat(index.search("Brénner", 10).actors()).extracting(ActorHit::id).containsExactly(12L);
    }

    @Test
    void search_findsDocumentsByStemmedWordsWithTitleFirst() {
        List<DocumentHit> docs = index.search("commanders", 10).documents();

        assertThat(docs).extracting(DocumentHit::id).containsExactlyInAnyOrder(1L, 3L);
        assertThat(index.search("Nazimi", 10).documents().get(0).title()).isEqualTo("Nazimi to lead the border guard");
    }

    @Test
    void search_matchesQuotedPhraseOnlyWhenWordsAreAdjacent() {
        assertThat(index.search("\"border guard\"", 10).documents()).extracting(DocumentHit::id).containsExactly(1L);
        assertThat(index.search("border guard", 10).documents()).extracting(DocumentHit::id)
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo AND (", "\"", "((((", ")", "title:", "\\", "*", "~2", "-", "+", "|", "a* OR b*",
            "\"unclosed phrase", "?", "[1 TO", "::", "\u0000"})
    void search_neverFailsOnBadSyntax(String query) {
        assertThatCode(() -> index.search(query, 10)).doesNotThrowAnyException();
    }

    @Test
    void search_returnsEmptyForGibberishAndBlank() {
        assertThat(index.search("foo AND (", 10)).isEqualTo(SearchResults.empty());
        assertThat(index.search("   ", 10)).isEqualTo(SearchResults.empty());
        assertThat(index.search(null, 10)).isEqualTo(SearchResults.empty());
    }

    @Test
    void snippet_marksMatchedWordsInAShortWindow() {
        DocumentHit hit = index.search("bakery", 10).documents().get(0);

        assertThat(hit.snippet()).filteredOn(Part::hit).extracting(Part::text).containsExactly("bakery");
        String joined = hit.snippet().stream().map(Part::text).reduce("", String::concat);
        assertThat(joined).contains("opened a bakery in the old market").hasSizeLessThanOrEqualTo(Snippets.WIDTH + 2);
    }

    @Test
    void snippet_marksStemVariantsAndStartsAtTheSentence() {
        DocumentHit hit = index.search("retiring", 10).documents().stream().filter(d -> d.id() == 1).findFirst()
                .orElseThrow();

        assertThat(hit.snippet()).filteredOn(Part::hit).extracting(Part::text).containsExactly("retired");
        assertThat(hit.snippet().get(0).text()).startsWith("\u2026He replaces");
    }

    @Test
    void replaceActors_dropsActorsNoLongerPresent() {
        index.replaceActors(List.of(new ActorEntry(12, "Tomas Brenner", "PERSON", List.of("Brenner"), 5)));

        assertThat(index.search("Nazimi", 10).actors()).isEmpty();
        assertThat(index.search("Brenner", 10).actors()).extracting(ActorHit::id).containsExactly(12L);
        assertThat(index.search("Nazimi", 10).documents()).isNotEmpty();
    }

    @Test
    void indexDocument_isInvisibleUntilCommitAndReplacesById() {
        index.indexDocument(1, "Renamed", null, null, "Completely different words about lighthouses.");
        assertThat(index.search("lighthouses", 10).documents()).isEmpty();

        index.commit();

        assertThat(index.search("lighthouses", 10).documents()).extracting(DocumentHit::id).containsExactly(1L);
        assertThat(index.search("bakery", 10).documents()).extracting(DocumentHit::id).containsExactly(3L);
    }

    @Test
    void search_survivesHugeQueries() {
        String words = String.join(" ", java.util.Collections.nCopies(3000, "border guard"));

        assertThatCode(() -> index.search(words, 10)).doesNotThrowAnyException();
        assertThatCode(() -> index.search("b* c* d* e* f* g* h* " + words, 10)).doesNotThrowAnyException();
    }

    @Test
    void search_staysConsistentWhileActorsAreReplaced() throws Exception {
        List<ActorEntry> actors = List.of(new ActorEntry(10, "Ali Nazimi", "PERSON", List.of("Nazimi"), 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> writes = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    index.replaceActors(actors);
                }
            });
            java.util.concurrent.Future<?> reads = pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    assertThat(index.search("Nazimi", 10).actors()).extracting(ActorHit::id).startsWith(10L);
                }
            });
            writes.get();
            reads.get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void search_breaksEqualScoresByIdNotByIndexOrder() {
        for (long id : new long[] {22, 21, 20}) {
            index.indexDocument(id, "Ferry timetable", null, null, "The ferry leaves at noon.");
        }
        index.indexActor(31, "Ferry Workers Union", "ORGANIZATION", List.of("Ferry Workers Union"), 7);
        index.indexActor(30, "Ferry Workers Union", "ORGANIZATION", List.of("Ferry Workers Union"), 7);
        index.commit();
        index.refresh();
        SearchResults r = index.search("ferry", 20);
        assertThat(r.documents()).extracting(SearchResults.DocumentHit::id).containsExactly(20L, 21L, 22L);
        assertThat(r.actors()).extracting(SearchResults.ActorHit::id).containsExactly(30L, 31L);
    }
}
