package org.dramatis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.MentionRow;

/**
 * Lines gold actors up with system entities through the mentions in the gold documents: which gold names were found,
 * which entities hold them, and which gold actor each entity stands for (the one whose names it holds most of).
 */
final class ActorMatch {
    /** For each gold actor, its found names (normalised) with the entities holding each in the actor's documents. */
    private final Map<String, Map<String, Set<Long>>> holders = new LinkedHashMap<>();
    /** The same by document: gold actor, name, gold document, entities holding that name there. */
    private final Map<String, Map<String, Map<String, Set<Long>>>> holdersByDoc = new LinkedHashMap<>();
    private final Map<String, Gold.Actor> actors = new LinkedHashMap<>();
    private final Map<Long, String> entityNames = new HashMap<>();
    private final Map<Long, String> entityGold = new HashMap<>();
    /** Every gold document the store holds (where an actor with no listed documents is looked for). */
    private final Set<String> allDocs;

    ActorMatch(Gold gold, Map<Long, String> goldDoc, List<MentionRow> mentions) {
        // (gold doc id, normalised text) -> entities with such a mention there
        Map<String, Set<Long>> index = new HashMap<>();
        allDocs = new HashSet<>(goldDoc.values());
        for (MentionRow m : mentions) {
            String doc = goldDoc.get(m.documentId());
            if (m.entityId() != null && doc != null) {
                index.computeIfAbsent(doc + "\u0000" + normalise(m.text()), k -> new HashSet<>()).add(m.entityId());
                entityNames.putIfAbsent(m.entityId(), m.entityName());
            }
        }
        for (Gold.Actor a : gold.entities()) {
            actors.put(a.id(), a);
            Map<String, Map<String, Set<Long>>> byDoc = new LinkedHashMap<>();
            for (String name : a.names()) {
                // An actor whose gold lists no documents is looked for in all of them.
                for (String doc : a.docs().isEmpty() ? allDocs : a.docs()) {
                    Set<Long> here = index.getOrDefault(doc + "\u0000" + normalise(name), Set.of());
                    if (!here.isEmpty()) {
                        byDoc.computeIfAbsent(normalise(name), k -> new LinkedHashMap<>())
                                .computeIfAbsent(doc, k -> new HashSet<>()).addAll(here);
                    }
                }
            }
            Map<String, Set<Long>> found = new LinkedHashMap<>();
            byDoc.forEach((name, docs) -> docs.values().forEach(es -> found.computeIfAbsent(name, k -> new HashSet<>()).addAll(es)));
            holders.put(a.id(), found);
            holdersByDoc.put(a.id(), byDoc);
        }
        mapEntities();
    }

    static String goldDocId(String storedName) {
        return GoldNames.goldDocId(storedName);
    }

    static String normalise(String name) {
        return GoldNames.normalise(name);
    }

    boolean found(String goldId) {
        return holders.containsKey(goldId) && !holders.get(goldId).isEmpty();
    }

    /** Share of the actor's found names held by the single entity holding most of them; 0 when none was found. */
    double completeness(String goldId) {
        Map<String, Set<Long>> found = holders.get(goldId);
        if (found.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> held = new HashMap<>();
        found.values().forEach(es -> es.forEach(e -> held.merge(e, 1, Integer::sum)));
        return held.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) found.size();
    }

    /** The gold actor an entity stands for, or null when it holds none of the gold names. */
    String goldOf(long entityId) {
        return entityGold.get(entityId);
    }

    /** How a split actor's found names spread over entities: entity name (id) to the gold spellings it holds. */
    Map<String, List<String>> spread(String goldId) {
        Map<String, List<String>> out = new TreeMap<>();
        Gold.Actor a = actors.get(goldId);
        holders.get(goldId).forEach((name, entities) -> entities.forEach(e -> out
                .computeIfAbsent(entityNames.get(e) + " (" + e + ")", k -> new ArrayList<>()).add(spelling(a, name))));
        return out;
    }

    /**
     * Entities whose mentions carry names of two or more gold actors, with those actors' ids. A name two gold actors
     * share ("Presidential Council" of two states) proves a merge only in a document that lists one of them alone: there
     * the annotator says whose it is.
     */
    Map<Long, List<String>> falseMerges() {
        // (normalised name, gold document) -> how many gold actors with that name list the document
        Map<String, Integer> owners = new HashMap<>();
        actors.values().forEach(a -> a.names().stream().map(ActorMatch::normalise).distinct().forEach(n -> {
            for (String doc : a.docs().isEmpty() ? allDocs : a.docs()) {
                owners.merge(n + "\u0000" + doc, 1, Integer::sum);
            }
        }));
        Map<Long, List<String>> covered = new TreeMap<>();
        holdersByDoc.forEach((goldId, found) -> {
            Set<Long> entities = new HashSet<>();
            found.forEach((name, docs) -> docs.forEach((doc, es) -> {
                if (owners.get(name + "\u0000" + doc) == 1) {
                    entities.addAll(es);
                }
            }));
            entities.forEach(e -> covered.computeIfAbsent(e, k -> new ArrayList<>()).add(goldId));
        });
        covered.values().removeIf(ids -> ids.size() < 2);
        return covered;
    }

    String entityName(long entityId) {
        return entityNames.get(entityId);
    }

    private void mapEntities() {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        holders.forEach((goldId, found) -> found.values().forEach(es -> es.forEach(e -> scores
                .computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(goldId, 1, Integer::sum))));
        scores.forEach((entity, byGold) -> {
            String best = null;
            int bestScore = 0;
            // Ties go to the gold actor listed first, so the mapping is deterministic.
            for (String goldId : actors.keySet()) {
                int s = byGold.getOrDefault(goldId, 0);
                if (s > bestScore) {
                    best = goldId;
                    bestScore = s;
                }
            }
            entityGold.put(entity, best);
        });
    }

    private static String spelling(Gold.Actor a, String normalised) {
        return a.names().stream().filter(n -> normalise(n).equals(normalised)).findFirst().orElse(normalised);
    }
}
