package org.dramatis.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/** The actor graph as nodes and edges: every fact between two actors is one edge carrying its evidence. */
final class NetworkView {
    /** Evidence items carried per edge; the page links to the subject's evidence page for the rest. */
    static final int EDGE_EVIDENCE = 3;

    private NetworkView() {
    }

    /** An actor drawn as a node. */
    public record Node(long id, String name, ActorType type, int mentions) {
    }

    /**
     * A fact drawn as an edge from its subject to its object; {@code start}/{@code end} are ISO partial or null;
     * {@code evidence} holds the first few of {@code evidenceCount} pieces.
     */
    public record Edge(String id, long source, long target, FactKind kind, String role, String start, String end,
                       int evidenceCount, List<Evidence> evidence) {
        public Edge {
            evidence = List.copyOf(evidence);
        }
    }

    /** Nodes and edges, ready for Cytoscape. */
    public record Network(List<Node> nodes, List<Edge> edges) {
        public Network {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * The whole corpus when {@code actorId} is null, else the actor's ego network: the actor, its neighbours and the
     * facts that join the actor to them.
     */
    static Network build(GraphQueries graph, Long actorId) {
        List<Fact> facts = graph.facts(actorId, null, EDGE_EVIDENCE);
        Map<Long, ActorSummary> known = new HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (actorId != null) {
            ids.add(actorId);
        }
        facts.forEach(f -> {
            ids.add(f.subjectId());
            if (f.objectId() != null) {
                ids.add(f.objectId());
            }
        });
        graph.actorsById(ids).forEach(a -> known.put(a.id(), a));
        Map<Long, Node> nodes = new LinkedHashMap<>();
        if (actorId != null) {
            node(graph, known, actorId, null).ifPresent(n -> nodes.put(n.id(), n));
        }
        List<Edge> edges = new ArrayList<>();
        for (Fact f : facts) {
            if (f.objectId() == null) {
                continue;
            }
            nodes.computeIfAbsent(f.subjectId(), id -> node(graph, known, id, f.subjectName()).orElse(null));
            nodes.computeIfAbsent(f.objectId(), id -> node(graph, known, id, f.objectName()).orElse(null));
            edges.add(new Edge(f.key(), f.subjectId(), f.objectId(), f.kind(), f.role(), f.start(), f.end(),
                    f.evidenceCount(), f.evidence()));
        }
        nodes.values().removeIf(java.util.Objects::isNull);
        return new Network(List.copyOf(nodes.values()), edges);
    }

    private static Optional<Node> node(GraphQueries graph, Map<Long, ActorSummary> known, long id, String fallbackName) {
        ActorSummary a = known.get(id);
        if (a == null) {
            // Actors without resolved mentions are missing from the ranking; ask for them one by one.
            a = graph.actor(id).map(ActorDetail::actor).orElse(null);
        }
        return a == null ? Optional.empty() : Optional.of(new Node(a.id(), a.name() != null ? a.name() : fallbackName,
                a.type(), a.mentions()));
    }
}
