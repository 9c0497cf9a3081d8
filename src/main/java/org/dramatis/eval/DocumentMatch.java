package org.dramatis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.dramatis.graph.Views.DocumentSummary;

/**
 * Which stored document each gold document id stands for. A gold id matches, in this order of preference, a stored
 * document by its exact stored name, its file name, its file name without extension ("01-raid" for
 * {@code news/01-raid.md}), or the number its file name starts with before the first '-' or '_' ("01" or "1" for
 * {@code 01-raid.md}). A gold id that matches nothing, or only several documents at once, is unmatched: scoring it would
 * print zeros that mean nothing, so {@code eval} refuses.
 */
public final class DocumentMatch {
    private final Map<Long, String> goldOfDocument = new LinkedHashMap<>();
    private final Map<String, List<String>> matched = new TreeMap<>();
    private final List<String> unmatched = new ArrayList<>();

    public DocumentMatch(Gold gold, List<DocumentSummary> documents) {
        for (String id : goldIds(gold)) {
            List<DocumentSummary> hits = List.of();
            for (Function<String, String> key : List.<Function<String, String>>of(n -> n, DocumentMatch::fileName,
                    n -> ActorMatch.goldDocId(n), DocumentMatch::leadingNumber)) {
                hits = documents.stream().filter(d -> same(id, key.apply(d.name()))).toList();
                if (!hits.isEmpty()) {
                    break;
                }
            }
            if (hits.size() != 1 && !allItemsOfOneFile(hits)) {
                unmatched.add(hits.isEmpty() ? id : id + " (matches " + hits.size() + " documents: "
                        + String.join(", ", hits.stream().map(DocumentSummary::name).toList()) + ")");
                continue;
            }
            for (DocumentSummary d : hits) {
                goldOfDocument.put(d.id(), id);
                matched.computeIfAbsent(id, k -> new ArrayList<>()).add(d.name());
            }
        }
    }

    /** Every document id the gold names, for actors, facts and events, in order of first appearance. */
    static Set<String> goldIds(Gold gold) {
        Set<String> ids = new LinkedHashSet<>();
        gold.entities().forEach(a -> ids.addAll(a.docs()));
        gold.facts().forEach(f -> ids.addAll(f.docs()));
        gold.events().forEach(e -> ids.addAll(e.docs()));
        return ids;
    }

    /** The gold id a stored document stands for, or null when the gold does not name it. */
    public String goldOf(long documentId) {
        return goldOfDocument.get(documentId);
    }

    /** Stored document ids by gold id, to the gold id. */
    Map<Long, String> byDocument() {
        return goldOfDocument;
    }

    /** Gold id to the stored names it matched, sorted by gold id. */
    public Map<String, List<String>> matched() {
        return matched;
    }

    /** Gold ids that match no stored document (or several), with the reason. */
    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    private static boolean same(String goldId, String key) {
        if (key == null) {
            return false;
        }
        if (goldId.equals(key)) {
            return true;
        }
        // "1" and "01" name the same numbered file.
        return goldId.matches("\\d{1,9}") && key.matches("\\d{1,9}") && Integer.parseInt(goldId) == Integer.parseInt(key);
    }

    /** A feed's items share one file: "feed.xml#1" and "feed.xml#2" both match the gold id "feed" only together. */
    private static boolean allItemsOfOneFile(List<DocumentSummary> hits) {
        return hits.size() > 1 && hits.stream().map(d -> d.name().replaceAll("#.*", "")).distinct().count() == 1
                && hits.stream().allMatch(d -> d.name().contains("#"));
    }

    static String fileName(String storedName) {
        int slash = Math.max(storedName.lastIndexOf('/'), storedName.lastIndexOf('\\'));
        return storedName.substring(slash + 1);
    }

    /** "01" for "01-raid.md" or "01_raid.txt"; null when the file name does not start with digits and a separator. */
    static String leadingNumber(String storedName) {
        String name = fileName(storedName);
        int i = 0;
        while (i < name.length() && Character.isDigit(name.charAt(i))) {
            i++;
        }
        return i > 0 && i < name.length() && (name.charAt(i) == '-' || name.charAt(i) == '_') ? name.substring(0, i) : null;
    }
}
