package org.dramatis.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;

/**
 * What every exporter writes, read once and put in a stable order: actors by id, facts by key, events by date then key.
 * Only facts whose modality counts as a fact are kept; the event read model already drops the others.
 */
record ExportData(List<ActorSummary> actors, List<Fact> facts, List<Event> events) {
    ExportData {
        actors = List.copyOf(actors);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
    }

    static ExportData load(GraphQueries graph, EventQueries eventQueries) {
        return load(graph, eventQueries, 0);
    }

    /**
     * As {@link #load(GraphQueries, EventQueries)}, keeping only facts and events the models gave at least
     * {@code minConfidence}; a claim nothing scored (rules alone) is kept, having no probability to fall short of.
     */
    static ExportData load(GraphQueries graph, EventQueries eventQueries, double minConfidence) {
        return load(graph, eventQueries, ExportScope.WHOLE, minConfidence);
    }

    /**
     * The part of the graph {@code scope} names, in the same order, keeping only what the models gave at least
     * {@code minConfidence}; see {@link ExportScope} for what a scope holds.
     */
    static ExportData load(GraphQueries graph, EventQueries eventQueries, ExportScope scope, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be a probability from 0 to 1, got " + minConfidence);
        }
        if (scope.whole()) {
            return loadWhole(graph, eventQueries, minConfidence);
        }
        List<Fact> facts = graph.facts(scope.actor(), null).stream()
                .filter(f -> f.objectId() != null && f.modality().countsAsFact())
                .filter(f -> atLeast(f.confidence(), minConfidence))
                .filter(f -> scope.kinds() == null || scope.kinds().contains(f.kind()))
                .filter(f -> scope.validOn(f.start(), f.end()))
                .sorted(Comparator.comparing(Fact::key)).toList();
        Set<Long> ids = new java.util.HashSet<>();
        if (scope.actor() != null) {
            ids.add(scope.actor());
        }
        facts.forEach(f -> {
            ids.add(f.subjectId());
            ids.add(f.objectId());
        });
        List<ActorSummary> actors = graph.actorsById(ids).stream().sorted(Comparator.comparingLong(ActorSummary::id)).toList();
        return new ExportData(actors, facts, List.of());
    }

    private static ExportData loadWhole(GraphQueries graph, EventQueries eventQueries, double minConfidence) {
        List<ActorSummary> actors = graph.actors(Integer.MAX_VALUE, null).stream()
                .sorted(Comparator.comparingLong(ActorSummary::id)).toList();
        List<Fact> facts = graph.facts(null, null).stream().filter(f -> f.modality().countsAsFact())
                .filter(f -> atLeast(f.confidence(), minConfidence))
                .sorted(Comparator.comparing(Fact::key)).toList();
        List<Event> events = eventQueries.events(null, null).stream().filter(e -> atLeast(e.confidence(), minConfidence))
                .sorted(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date()).thenComparing(Event::key))
                .toList();
        return new ExportData(actors, facts, events);
    }

    static boolean atLeast(Double confidence, double min) {
        return confidence == null || confidence >= min;
    }

    /** A probability with three decimals ("0.830"), null when the claim was not scored. */
    static String confidence(Double p) {
        return p == null ? null : String.format(java.util.Locale.ROOT, "%.3f", p);
    }

    /** The document's URL, or a {@code dramatis:document/<id>} reference when it was ingested from a file. */
    static String sourceUrl(Evidence e) {
        return e.url() != null && !e.url().isBlank() ? e.url() : "dramatis:document/" + e.documentId();
    }

    static List<String> sourceUrls(List<Evidence> evidence) {
        return distinct(evidence.stream().map(ExportData::sourceUrl).toList());
    }

    static List<String> sentences(List<Evidence> evidence) {
        return distinct(evidence.stream().map(Evidence::sentence).filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList());
    }

    static List<String> outlets(List<Evidence> evidence) {
        return distinct(evidence.stream().map(Evidence::outlet).filter(o -> o != null && !o.isBlank()).toList());
    }

    private static List<String> distinct(List<String> values) {
        Set<String> out = new LinkedHashSet<>(values);
        out.remove(null);
        return List.copyOf(out);
    }

    /** A short, stable hash of a key: the same fact gets the same id in every export of the same store. */
    static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
