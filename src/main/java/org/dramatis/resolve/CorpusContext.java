package org.dramatis.resolve;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the whole corpus tells one document's clustering: the country the corpus is about ({@link CorpusHome}) and the
 * acronyms its articles wrote right after a name they abbreviate ("the Nahrawan Labour Federation (NLF)"). An article
 * that writes such an acronym bare ("the NLF") and also names another body with the same initials ("the National
 * Loyalty Front") does not read the acronym as that body: the corpus said what it stands for. Settled after every
 * ingest run from the stored mentions; a change clusters the corpus again.
 *
 * @param home     the key of the corpus's home country, or null for none
 * @param acronyms each acronym's key and the keys of the names the corpus wrote it after
 */
public record CorpusContext(String home, Map<String, Set<String>> acronyms) {
    /** No home and no acronyms: each document decides alone. */
    public static final CorpusContext NONE = new CorpusContext(null, Map.of());

    public CorpusContext {
        home = home == null || home.isEmpty() ? null : home;
        // Sorted, so that the stored lines and the clustering fingerprint are the same in every process.
        TreeMap<String, Set<String>> sorted = new TreeMap<>();
        acronyms.forEach((a, names) -> sorted.put(a, Collections.unmodifiableSortedSet(new TreeSet<>(names))));
        acronyms = Collections.unmodifiableSortedMap(sorted);
    }

    /** The context of a corpus whose documents defined these acronyms (each document's map from acronym to names). */
    public static CorpusContext of(String home, Collection<Map<String, Set<String>>> definitions) {
        Map<String, Set<String>> all = new TreeMap<>();
        for (Map<String, Set<String>> d : definitions) {
            d.forEach((a, names) -> all.computeIfAbsent(a, k -> new TreeSet<>()).addAll(names));
        }
        return new CorpusContext(home, all);
    }

    /** Whether there is nothing the documents do not know alone. */
    public boolean isEmpty() {
        return home == null && acronyms.isEmpty();
    }

    /** The acronyms as one line per acronym ("key TAB name key | name key"), sorted: for storing and fingerprints. */
    public String acronymLines() {
        StringBuilder b = new StringBuilder();
        acronyms.forEach((a, names) -> b.append(a).append('\t').append(String.join("|", names)).append('\n'));
        return b.toString();
    }

    /** Reads {@link #acronymLines()} back; a malformed line is skipped (the next settling writes it anew). */
    public static Map<String, Set<String>> parseAcronyms(String lines) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : lines == null ? new String[0] : lines.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                out.put(line.substring(0, tab), new TreeSet<>(Arrays.asList(line.substring(tab + 1).split("\\|"))));
            }
        }
        return out;
    }
}
