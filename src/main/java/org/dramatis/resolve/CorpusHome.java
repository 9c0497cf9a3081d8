package org.dramatis.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The country a corpus is about. Analysts collect articles on one country's politics, and there its capital is the
 * central government set against regions, parties and militias of the same state, not the state: a document of such a
 * corpus that is mostly about a neighbour or a patron ("Turkish strikes near Sinjar", where "Baghdad and Erbil" agreed a
 * deal; "the visit to Washington Baghdad hopes will steady relations") still keeps the capital its own actor. A country
 * is the corpus's home when it is the home of at least two documents and of more than half of those that have one, or
 * when its capital is named in at least two documents, more than half of them and more than any other capital is, and
 * the country itself in at least half. A corpus on several countries has no home, and each document decides alone.
 */
public final class CorpusHome {
    private CorpusHome() {
    }

    /**
     * What one document tells ({@link DocumentClusterer#homeEvidence}).
     *
     * @param home      the key of the country the document is about, or null
     * @param countries the keys of the countries it names (a nationality word names its country)
     * @param capitals  the keys of the countries whose capital it names
     */
    public record Evidence(String home, Set<String> countries, Set<String> capitals) {
        public Evidence {
            countries = Set.copyOf(countries);
            capitals = Set.copyOf(capitals);
        }
    }

    /**
     * @param evidence  one entry per document that names a country or a place
     * @param documents the number of documents in the corpus, those without a place included
     * @return the home country's key, or null
     */
    public static String of(Collection<Evidence> evidence, int documents) {
        Map<String, Integer> homes = new HashMap<>();
        Map<String, Integer> capitals = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        int withHome = 0;
        for (Evidence e : evidence) {
            if (e.home() != null) {
                homes.merge(e.home(), 1, Integer::sum);
                withHome++;
            }
            e.capitals().forEach(c -> capitals.merge(c, 1, Integer::sum));
            e.countries().forEach(c -> countries.merge(c, 1, Integer::sum));
        }
        String home = top(homes);
        if (home != null && homes.get(home) >= 2 && 2 * homes.get(home) > withHome) {
            return home;
        }
        String capital = top(capitals);
        if (capital == null || capitals.get(capital) < 2 || 2 * capitals.get(capital) <= documents
                || 2 * countries.getOrDefault(capital, 0) < documents) {
            return null;
        }
        int n = capitals.get(capital);
        return capitals.entrySet().stream().anyMatch(e -> !e.getKey().equals(capital) && e.getValue() == n)
                ? null : capital;
    }

    /** The key with the largest count, ties broken by the key so that the answer never depends on a map's order. */
    private static String top(Map<String, Integer> counts) {
        String top = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (top == null || n > counts.get(top) || n == counts.get(top) && e.getKey().compareTo(top) < 0) {
                top = e.getKey();
            }
        }
        return top;
    }
}
