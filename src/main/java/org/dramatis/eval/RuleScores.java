package org.dramatis.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dramatis.graph.ClaimRules;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;

/**
 * What each extraction rule contributed to the graph ({@code dramatis eval --rules}): the facts and events some claim of
 * the rule supports, and how many of those match a gold fact or event. A fact several rules found counts for each; a
 * claim no rule found (the learned models', or one stored before rules were recorded) counts for {@value #NO_RULE}.
 */
public final class RuleScores {
    /** The row for claims no rule found. */
    public static final String NO_RULE = "(no rule)";

    /** One rule's contribution: facts and events it supports, and of those the ones matching gold. */
    public record Row(String rule, int facts, int factsMatched, int events, int eventsMatched) {
    }

    private RuleScores() {
    }

    /** The rows in the order of {@code ruleOrder} (the rule list), then any other rule by name, then {@value #NO_RULE}. */
    public static List<Row> score(Gold gold, GraphQueries graph, EventQueries eventQueries, ClaimRules.Rules rules,
                                  List<String> ruleOrder) {
        DocumentMatch documents = new DocumentMatch(gold, graph.documents());
        ActorMatch match = new ActorMatch(gold, documents.byDocument(), graph.mentions(null));
        Map<String, int[]> counts = new TreeMap<>();
        for (Fact f : Evaluator.countedFacts(graph)) {
            boolean matched = gold.facts().stream().anyMatch(g -> Evaluator.factMatches(g, f, match));
            for (String rule : rulesOf(f.evidence(), rules.facts())) {
                int[] c = counts.computeIfAbsent(rule, r -> new int[4]);
                c[0]++;
                c[1] += matched ? 1 : 0;
            }
        }
        for (Event e : Evaluator.countedEvents(eventQueries)) {
            boolean matched = gold.events().stream().anyMatch(g -> Evaluator.eventMatches(g, e, match));
            for (String rule : rulesOf(e.evidence(), rules.events())) {
                int[] c = counts.computeIfAbsent(rule, r -> new int[4]);
                c[2]++;
                c[3] += matched ? 1 : 0;
            }
        }
        List<String> order = new ArrayList<>(ruleOrder);
        counts.keySet().stream().filter(r -> !order.contains(r) && !r.equals(NO_RULE)).forEach(order::add);
        order.add(NO_RULE);
        List<Row> rows = new ArrayList<>();
        for (String rule : order) {
            int[] c = counts.get(rule);
            if (c != null || ruleOrder.contains(rule)) {
                c = c == null ? new int[4] : c;
                rows.add(new Row(rule, c[0], c[1], c[2], c[3]));
            }
        }
        return rows;
    }

    private static Set<String> rulesOf(List<Evidence> evidence, Map<Long, String> ruleOfClaim) {
        Set<String> out = new LinkedHashSet<>();
        for (Evidence ev : evidence) {
            out.add(ruleOfClaim.getOrDefault(ev.claimId(), NO_RULE));
        }
        return out;
    }

    /** The rows as a table. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.format("%-16s %7s %9s %7s %9s%n", "rule", "facts", "matched", "events",
                "matched"));
        for (Row r : rows) {
            b.append(String.format("%-16s %7d %9d %7d %9d%n", r.rule(), r.facts(), r.factsMatched(), r.events(),
                    r.eventsMatched()));
        }
        return b.toString();
    }
}
