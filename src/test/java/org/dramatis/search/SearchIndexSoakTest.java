package org.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.dramatis.search.SearchIndex.ActorEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes 10,000 synthetic documents and 3,000 actors and prints search latency percentiles. Off the default build;
 * it reports numbers and asserts only that searches find something.
 */
@Tag("soak")
class SearchIndexSoakTest {
    private static final int DOCUMENTS = 10_000;
    private static final int ACTORS = 3_000;
    private static final int QUERIES = 400;
    private static final String[] WORDS = ("council minister border guard port harbour grain price talks envoy "
            + "militia brigade raid arrest village convoy election ballot parliament speaker commander unit "
            + "protest square capital province governor river bridge market bakery storm drought ceasefire "
            + "agreement delegation spokesman statement militants checkpoint airport ministry budget reform").split(" ");
    private static final String[] SYLLABLES = "na zi mi ka de ri ha sa lo mu ta be fa ro ki du ye".split(" ");

    @TempDir
    Path dir;

    @Test
    void search_latencyOverTenThousandDocuments() {
        Random random = new Random(42);
        List<String> surnames = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            surnames.add(capital(word(random, 3)));
        }
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                index.indexDocument(i, sentence(random, 6, surnames), "Outlet " + (i % 40), "2020-01-01",
                        paragraph(random, 120, surnames));
            }
            List<ActorEntry> actors = new ArrayList<>();
            for (int i = 0; i < ACTORS; i++) {
                String s = surnames.get(i);
                actors.add(new ActorEntry(i, capital(word(random, 2)) + " " + s, "PERSON",
                        List.of(s, "al-" + s), random.nextInt(200)));
            }
            index.replaceActors(actors);
            long indexedMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "soak: indexed %d documents and %d actors in %d ms%n", DOCUMENTS, ACTORS,
                    indexedMs);

            index.search("warm up", 10);
            report(index, "one word", i -> WORDS[random.nextInt(WORDS.length)]);
            report(index, "two words", i -> WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
            report(index, "phrase", i -> "\"" + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + "\"");
            report(index, "exact name", i -> surnames.get(random.nextInt(ACTORS)));
            report(index, "name variant", i -> misspell(random, surnames.get(random.nextInt(ACTORS))));
            report(index, "prefix", i -> surnames.get(random.nextInt(ACTORS)).substring(0, 3));
            assertThat(index.search(surnames.get(0), 10).actors()).isNotEmpty();
        }
    }

    private static void report(SearchIndex index, String label, IntFunction<String> queries) {
        long[] nanos = new long[QUERIES];
        int found = 0;
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.apply(i);
            long start = System.nanoTime();
            SearchResults r = index.search(q, 20);
            nanos[i] = System.nanoTime() - start;
            found += r.actors().isEmpty() && r.documents().isEmpty() ? 0 : 1;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "soak: %-12s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%d/%d found)%n", label,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 95 / 100] / 1e6, nanos[QUERIES - 1] / 1e6, found, QUERIES);
    }

    private static String misspell(Random random, String name) {
        char[] c = name.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        c[i] = "aeiou".charAt(random.nextInt(5));
        return new String(c);
    }

    private static String paragraph(Random random, int words, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words / 8 + 1; i++) {
            b.append(sentence(random, 8, names)).append(". ");
        }
        return b.toString();
    }

    private static String sentence(Random random, int words, List<String> names) {
        StringBuilder b = new StringBuilder(names.get(random.nextInt(names.size())));
        for (int i = 1; i < words; i++) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
