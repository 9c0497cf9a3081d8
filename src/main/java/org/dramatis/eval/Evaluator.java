package org.dramatis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;

/**
 * Scores the graph against a gold file.
 *
 * <p>A gold actor is found when one of its names (case-insensitive, a leading "the" ignored) is the text of a resolved
 * mention in one of its documents. Each entity stands for the gold actor whose names it holds most of; a gold fact is
 * recovered by a system fact (that counts as fact) of a compatible kind whose subject and object stand for the gold
 * ones ("member" and "part_of" are interchangeable; "associate" either way round; "born" may match on the value alone).
 * A gold event is recovered by a system event of a compatible type (alternatives split by "/"; ARREST and RAID are
 * COERCE, VISIT is CONSULT with mode visit), a compatible date (equal or one a prefix of the other; a gold date needs
 * a system date) and a participant standing for a gold involved actor (the only one, when the gold names one).
 */
public final class Evaluator {
    /** The confidence thresholds the precision-recall table is printed for. */
    static final double[] THRESHOLDS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private Evaluator() {
    }

    public static EvalReport evaluate(Gold gold, GraphQueries graph, EventQueries eventQueries) {
        DocumentMatch documents = new DocumentMatch(gold, graph.documents());
        ActorMatch match = new ActorMatch(gold, documents.byDocument(), graph.mentions(null));
        List<Fact> facts = countedFacts(graph);
        List<Event> events = countedEvents(eventQueries);

        int found = 0;
        double completeness = 0;
        List<EvalReport.MissingActor> missing = new ArrayList<>();
        List<EvalReport.SplitActor> split = new ArrayList<>();
        for (Gold.Actor a : gold.entities()) {
            if (!match.found(a.id())) {
                missing.add(new EvalReport.MissingActor(a.id(), a.names()));
                continue;
            }
            found++;
            double c = match.completeness(a.id());
            completeness += c;
            if (c < 1) {
                split.add(new EvalReport.SplitActor(a.id(), c, match.spread(a.id())));
            }
        }
        List<EvalReport.FalseMerge> merges = new ArrayList<>();
        match.falseMerges().forEach((entity, ids) -> merges.add(new EvalReport.FalseMerge(entity, match.entityName(entity), ids)));

        int recovered = 0;
        int roleMatches = 0;
        int rolesChecked = 0;
        List<String> missingFacts = new ArrayList<>();
        for (Gold.Fact g : gold.facts()) {
            List<Fact> hits = facts.stream().filter(f -> factMatches(g, f, match)).toList();
            if (hits.isEmpty()) {
                Fact near = FactMisses.nearest(g, facts, match);
                missingFacts.add(g.describe() + (near == null ? "" : " -- nearest: " + describe(near)));
                continue;
            }
            recovered++;
            if (g.role() != null) {
                rolesChecked++;
                if (hits.stream().anyMatch(f -> roleMatches(g.role(), f.role()))) {
                    roleMatches++;
                }
            }
        }

        // Precision: the share of system facts and events that match some gold one (a lower bound where gold is sparse).
        List<String> wrongFacts = facts.stream().filter(f -> gold.facts().stream().noneMatch(g -> factMatches(g, f, match)))
                .map(Evaluator::describe).toList();
        List<String> wrongEvents = events.stream().filter(e -> gold.events().stream().noneMatch(g -> eventMatches(g, e, match)))
                .map(Evaluator::describe).toList();
        int factsCorrect = facts.size() - wrongFacts.size();
        int eventsCorrect = events.size() - wrongEvents.size();

        List<String> missingEvents = gold.events().stream().filter(g -> events.stream().noneMatch(e -> eventMatches(g, e, match)))
                .map(g -> {
                    Event near = EventMisses.nearest(g, events, match, documents);
                    return g.describe() + (near == null ? "" : " -- nearest: " + describe(near));
                }).toList();
        int eventsRecovered = gold.events().size() - missingEvents.size();

        List<Breakdown> factsByKind = Breakdown.of(gold.facts(), g -> relationKey(g.rel()),
                g -> facts.stream().anyMatch(f -> factMatches(g, f, match)),
                facts, f -> relationKey(f.kind().code()),
                f -> gold.facts().stream().anyMatch(g -> factMatches(g, f, match)));
        List<Breakdown> eventsByType = Breakdown.of(gold.events(), g -> typeKey(g.type()),
                g -> events.stream().anyMatch(e -> eventMatches(g, e, match)),
                events, e -> e.type().name(),
                e -> gold.events().stream().anyMatch(g -> eventMatches(g, e, match)));
        List<EvalReport.AtThreshold> byConfidence = byConfidence(gold, facts, events, match);

        long withEvidence = facts.stream().filter(f -> hasSentence(f.evidence())).count()
                + events.stream().filter(e -> hasSentence(e.evidence())).count();
        int items = facts.size() + events.size();
        int systemActors = graph.actors(Integer.MAX_VALUE, null).size();
        return new EvalReport(found, gold.entities().size(), found == 0 ? 0 : completeness / found, merges.size(),
                recovered, gold.facts().size(), roleMatches, rolesChecked, eventsRecovered, gold.events().size(),
                items == 0 ? 0 : withEvidence / (double) items, systemActors, facts.size(), events.size(),
                factsCorrect, eventsCorrect, factsByKind, eventsByType, byConfidence, EventMisses.of(gold.events(), events, match, documents),
                FactMisses.of(gold.facts(), facts, match, match::found),
                documents.matched(), documents.unmatched(),
                missing, split, merges, missingFacts, missingEvents, wrongFacts, wrongEvents);
    }

    /** A system fact as the report lists one that matches no gold fact: its two ends, kind, post and first sentence. */
    static String describe(Fact f) {
        return f.subjectName() + " " + f.kind().code() + (f.objectName() == null ? "" : " " + f.objectName())
                + (f.role() == null ? "" : " (" + f.role() + ")") + (f.value() == null ? "" : " " + f.value())
                + firstSentence(f.evidence());
    }

    /** A system event as the report lists one that matches no gold event: type, date, who took part, first sentence. */
    static String describe(Event e) {
        return e.type().name() + (e.mode() == null ? "" : "/" + e.mode()) + " on " + (e.date() == null ? "no date" : e.date())
                + " involving " + e.participants().stream().map(p -> p.name() + " (" + p.role() + ")").toList()
                + firstSentence(e.evidence());
    }

    private static String firstSentence(List<Evidence> evidence) {
        return evidence.stream().filter(ev -> ev.sentence() != null && !ev.sentence().isBlank()).findFirst()
                .map(ev -> " -- " + ev.documentName() + ": \"" + ev.sentence().strip() + "\"").orElse("");
    }

    /** The stored facts that count: those some report asserts or alleges. */
    static List<Fact> countedFacts(GraphQueries graph) {
        return graph.facts(null, null).stream().filter(f -> f.modality().countsAsFact()).toList();
    }

    /**
     * As for facts, an event counts when some report asserts or alleges it: a question, a plan, a conditional or a
     * denial is kept in the store, marked, and is no deed recovered.
     */
    static List<Event> countedEvents(EventQueries eventQueries) {
        return eventQueries.events(null, null).stream()
                .filter(e -> e.evidence().isEmpty() || e.evidence().stream().anyMatch(ev -> ev.modality() != null
                        && ev.modality().countsAsFact())).toList();
    }

    /** The scores at each of {@link #THRESHOLDS}, keeping claims scored at least that (and every unscored claim). */
    private static List<EvalReport.AtThreshold> byConfidence(Gold gold, List<Fact> facts, List<Event> events,
                                                             ActorMatch match) {
        List<EvalReport.AtThreshold> rows = new ArrayList<>();
        for (double t : THRESHOLDS) {
            List<Fact> keptFacts = facts.stream().filter(f -> f.confidence() == null || f.confidence() >= t).toList();
            List<Event> keptEvents = events.stream().filter(e -> e.confidence() == null || e.confidence() >= t).toList();
            rows.add(new EvalReport.AtThreshold(t,
                    (int) gold.facts().stream().filter(g -> keptFacts.stream().anyMatch(f -> factMatches(g, f, match))).count(),
                    (int) keptFacts.stream().filter(f -> gold.facts().stream().anyMatch(g -> factMatches(g, f, match))).count(),
                    keptFacts.size(),
                    (int) gold.events().stream().filter(g -> keptEvents.stream().anyMatch(e -> eventMatches(g, e, match))).count(),
                    (int) keptEvents.stream().filter(e -> gold.events().stream().anyMatch(g -> eventMatches(g, e, match))).count(),
                    keptEvents.size()));
        }
        return rows;
    }

    /** The row a relation falls in: kinds scored as one ("member" and "part_of") share a row. */
    static String relationKey(String rel) {
        return FactKind.find(rel).map(FactKind::scoreGroup).orElse(rel.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The row a gold event type falls in: its first alternative, with ARREST and RAID under COERCE, VISIT under CONSULT,
     * RELEASE under RETREAT.
     */
    static String typeKey(String goldType) {
        String first = goldType.split("/")[0].strip().toUpperCase(Locale.ROOT);
        return switch (first) {
            case "ARREST", "RAID" -> EventType.COERCE.name();
            case "VISIT" -> EventType.CONSULT.name();
            case "RELEASE" -> EventType.RETREAT.name();
            default -> first;
        };
    }

    static boolean kindMatches(String rel, FactKind kind) {
        return FactKind.find(rel).filter(k -> k.scoreGroup().equals(kind.scoreGroup())).isPresent();
    }

    static boolean factMatches(Gold.Fact g, Fact f, ActorMatch match) {
        return factMatches(g, f.kind(), match.goldOf(f.subjectId()), f.objectId() == null ? null : match.goldOf(f.objectId()),
                f.value());
    }

    /**
     * Whether a system fact of {@code kind} between the gold actors {@code s} and {@code o} (null: none, or no gold
     * actor) with {@code value} recovers the gold fact: the same kind (member and part_of as one), the same two actors
     * (either way round for a symmetric kind), or for a birth year with no place the same subject and a compatible year.
     */
    public static boolean factMatches(Gold.Fact g, FactKind kind, String s, String o, String value) {
        if (!kindMatches(g.rel(), kind)) {
            return false;
        }
        if (Objects.equals(s, g.s()) && o != null && o.equals(g.o())) {
            return true;
        }
        if (kind.symmetric() && Objects.equals(o, g.s()) && s != null && s.equals(g.o())) {
            return true;
        }
        // A birth year with no place: the value is what must agree.
        return kind.dateIsValue() && Objects.equals(s, g.s()) && g.value() != null && value != null
                && datesCompatible(g.value(), value);
    }

    /** Every word of the gold role occurs in the system role, case-insensitively ("head" in "head of the council"). */
    static boolean roleMatches(String goldRole, String systemRole) {
        if (systemRole == null) {
            return false;
        }
        String sys = systemRole.toLowerCase(Locale.ROOT);
        return Arrays.stream(goldRole.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(sys::contains);
    }

    static boolean eventMatches(Gold.Event g, Event e, ActorMatch match) {
        return eventMatches(g, e.type(), e.mode(), e.date(), participants(e, match));
    }

    /** The gold actors the event's participants stand for. */
    static Set<String> participants(Event e, ActorMatch match) {
        Set<String> participants = new HashSet<>();
        e.participants().forEach(p -> {
            String id = match.goldOf(p.actorId());
            if (id != null) {
                participants.add(id);
            }
        });
        return participants;
    }

    /**
     * Whether a system event of {@code type}, {@code mode} and {@code date} whose participants stand for the gold actors
     * {@code participants} recovers the gold event: a compatible type, a compatible date when the gold has one, and a
     * participant that is a gold involved actor (the only one, when the gold names one).
     */
    public static boolean eventMatches(Gold.Event g, EventType type, String mode, String date, Set<String> participants) {
        return typeMatches(g.type(), type, mode) && dateFits(g, date) && actorsFit(g, participants);
    }

    /** Whether a system event's date fits the gold event's: any date when the gold has none, else a compatible one. */
    static boolean dateFits(Gold.Event g, String date) {
        return g.date() == null || date != null && datesCompatible(g.date(), date);
    }

    /** Whether the gold actors a system event's participants stand for include the gold's (its only one, when one). */
    static boolean actorsFit(Gold.Event g, Set<String> participants) {
        if (g.involved().isEmpty()) {
            return true;
        }
        if (g.involved().size() == 1) {
            return participants.contains(g.involved().get(0));
        }
        return g.involved().stream().anyMatch(participants::contains);
    }

    static boolean typeMatches(String goldType, EventType type, String mode) {
        String m = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
        for (String alternative : goldType.split("/")) {
            String alt = alternative.strip().toUpperCase(Locale.ROOT);
            boolean ok = switch (alt) {
                case "ARREST", "RAID" -> type == EventType.COERCE;
                case "VISIT" -> type == EventType.CONSULT && m.contains("visit");
                // Releases are PLOVER's RETREAT (mode release); older golds wrote a type of their own.
                case "RELEASE" -> type == EventType.RELEASE || type == EventType.RETREAT && m.contains("release");
                default -> alt.equals(type.name());
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    static boolean datesCompatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static boolean hasSentence(List<Evidence> evidence) {
        return evidence.stream().anyMatch(ev -> ev.sentence() != null && !ev.sentence().isBlank());
    }
}
