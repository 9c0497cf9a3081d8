package org.dramatis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.model.DramatisException;

/**
 * How the graph scores against a gold file. Recall counts ({@code *Found}/{@code *Recovered} over {@code *Total}),
 * resolution quality ({@code aliasCompleteness}: mean share of a found actor's names kept in one entity;
 * {@code falseMerges}: entities holding names of two or more gold actors), {@code roleMatches} of {@code rolesChecked}
 * recovered facts whose gold role words all occur in the system role, {@code evidenceShare} of system facts and events
 * with a sentence, the system's own sizes, precision ({@code factsCorrect} of {@code systemFacts} and
 * {@code eventsCorrect} of {@code systemEvents} match a gold fact or event: a lower bound where the gold is incomplete),
 * the same recall and precision per relation kind and per event type ({@link Breakdown}), why events and facts did not
 * match ({@link EventMisses}, {@link FactMisses}),
 * which stored documents each gold document id matched and which matched none, and the items behind the numbers:
 * the gold items missed and the system's items matching no gold one (with the sentence each was read from).
 */
public record EvalReport(int actorsFound, int actorsTotal, double aliasCompleteness, int falseMerges,
                         int factsRecovered, int factsTotal, int roleMatches, int rolesChecked,
                         int eventsRecovered, int eventsTotal, double evidenceShare,
                         int systemActors, int systemFacts, int systemEvents,
                         int factsCorrect, int eventsCorrect,
                         List<Breakdown> factsByKind, List<Breakdown> eventsByType, List<AtThreshold> byConfidence,
                         EventMisses eventMisses, FactMisses factMisses, Map<String, List<String>> documents, List<String> unmatchedDocuments,
                         List<MissingActor> missingActors, List<SplitActor> splitActors, List<FalseMerge> mergedEntities,
                         List<String> missingFacts, List<String> missingEvents, List<String> wrongFacts,
                         List<String> wrongEvents) {
    public EvalReport {
        factsByKind = List.copyOf(factsByKind);
        eventsByType = List.copyOf(eventsByType);
        byConfidence = List.copyOf(byConfidence);
        documents = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(documents));
        unmatchedDocuments = List.copyOf(unmatchedDocuments);
        missingActors = List.copyOf(missingActors);
        splitActors = List.copyOf(splitActors);
        mergedEntities = List.copyOf(mergedEntities);
        missingFacts = List.copyOf(missingFacts);
        missingEvents = List.copyOf(missingEvents);
        wrongFacts = List.copyOf(wrongFacts);
        wrongEvents = List.copyOf(wrongEvents);
    }

    /**
     * The scores when only facts and events the models gave at least {@code threshold} are kept (claims nothing scored
     * are always kept): the precision-recall trade-off of the confidence filter.
     */
    public record AtThreshold(double threshold, int factsRecovered, int factsCorrect, int systemFacts,
                              int eventsRecovered, int eventsCorrect, int systemEvents) {
    }

    /** A gold actor none of whose names was found resolved in its documents. */
    public record MissingActor(String id, List<String> names) {
        public MissingActor {
            names = List.copyOf(names);
        }
    }

    /** A gold actor whose found names are spread over several entities: "entity name (id)" to the spellings it holds. */
    public record SplitActor(String id, double completeness, Map<String, List<String>> namesByEntity) {
        public SplitActor {
            // Sorted, so the JSON report is the same on every run.
            namesByEntity = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(namesByEntity));
        }
    }

    /** A system entity holding names of several gold actors. */
    public record FalseMerge(long entityId, String entityName, List<String> goldIds) {
        public FalseMerge {
            goldIds = List.copyOf(goldIds);
        }
    }

    /** A plain-text table of the scores followed by the missing, split and merged items. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-22s %8s %8s%n", "measure", "score", "count"));
        row(b, "actors found", actorsFound, actorsTotal);
        b.append(String.format(Locale.ROOT, "%-22s %8.3f %8s%n", "alias completeness", aliasCompleteness, ""));
        b.append(String.format(Locale.ROOT, "%-22s %8s %8d%n", "false merges", "", falseMerges));
        row(b, "facts recovered", factsRecovered, factsTotal);
        row(b, "facts precision", factsCorrect, systemFacts);
        f1(b, "facts F1", factsRecovered, factsTotal, factsCorrect, systemFacts);
        row(b, "roles matching", roleMatches, rolesChecked);
        row(b, "events recovered", eventsRecovered, eventsTotal);
        row(b, "events precision", eventsCorrect, systemEvents);
        f1(b, "events F1", eventsRecovered, eventsTotal, eventsCorrect, systemEvents);
        b.append(String.format(Locale.ROOT, "%-22s %8.3f %8s%n", "evidence share", evidenceShare, ""));
        b.append(String.format(Locale.ROOT, "%-22s %8s %8s%n", "system size", "",
                systemActors + "a/" + systemFacts + "f/" + systemEvents + "e"));
        b.append(Breakdown.table("facts by relation", factsByKind));
        b.append(Breakdown.table("events by type", eventsByType));
        b.append(confidenceTable());
        b.append(eventMisses.table());
        b.append(factMisses.table());
        section(b, "missing actors", missingActors.stream().map(m -> m.id() + " " + m.names()).toList());
        section(b, "split actors", splitActors.stream().map(s -> s.id() + String.format(Locale.ROOT, " %.2f ", s.completeness())
                + s.namesByEntity()).toList());
        section(b, "merged entities", mergedEntities.stream().map(m -> m.entityName() + " (" + m.entityId() + ") holds "
                + String.join(", ", m.goldIds())).toList());
        section(b, "missing facts", missingFacts);
        section(b, "missing events", missingEvents);
        section(b, "facts matching no gold fact", wrongFacts);
        section(b, "events matching no gold event", wrongEvents);
        return b.toString();
    }

    /** The report as indented JSON, for {@code --json}. */
    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new DramatisException("cannot write evaluation report as JSON: " + e.getMessage(), e);
        }
    }

    /** The documents each gold id matched, for {@code --verbose}. */
    public String documentTable() {
        StringBuilder b = new StringBuilder("gold document -> stored document").append(System.lineSeparator());
        documents.forEach((id, names) -> b.append("  ").append(id).append(" -> ").append(String.join(", ", names))
                .append(System.lineSeparator()));
        unmatchedDocuments.forEach(id -> b.append("  ").append(id).append(" -> (no stored document)").append(System.lineSeparator()));
        return b.toString();
    }

    private String confidenceTable() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-10s %8s %8s %8s %8s %8s %8s%n",
                "confidence", "facts R", "facts P", "facts F1", "events R", "events P", "events F1"));
        for (AtThreshold t : byConfidence) {
            Breakdown f = new Breakdown("", t.factsRecovered(), factsTotal, t.factsCorrect(), t.systemFacts());
            Breakdown e = new Breakdown("", t.eventsRecovered(), eventsTotal, t.eventsCorrect(), t.systemEvents());
            b.append(String.format(Locale.ROOT, ">= %-7.2f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n", t.threshold(), f.recall(),
                    f.precision(), f.f1(), e.recall(), e.precision(), e.f1()));
        }
        return b.toString();
    }

    private static void f1(StringBuilder b, String label, int recovered, int total, int correct, int system) {
        double r = total == 0 ? 0 : recovered / (double) total;
        double p = system == 0 ? 0 : correct / (double) system;
        b.append(String.format(Locale.ROOT, "%-22s %8.3f %8s%n", label, p + r == 0 ? 0 : 2 * p * r / (p + r), ""));
    }

    private static void row(StringBuilder b, String label, int hit, int total) {
        double share = total == 0 ? 0 : hit / (double) total;
        b.append(String.format(Locale.ROOT, "%-22s %8.3f %8s%n", label, share, hit + "/" + total));
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append(System.lineSeparator()).append(title).append(" (").append(lines.size()).append("):").append(System.lineSeparator());
        lines.forEach(l -> b.append("  ").append(l).append(System.lineSeparator()));
    }
}
