package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Resolves local clusters to corpus-wide entities, one document at a time.
 *
 * <p>Each cluster is compared only with the entities the blocking index returns for its names (same key, surname,
 * given name, acronym or initials, glossary translation, alias), so the cost grows with the number of mentions, not
 * with the number of entities. The best candidate wins if it scores at least {@value #THRESHOLD} and is not tied;
 * otherwise the cluster founds a new entity. Analyst {@link Decision decisions} are replayed after every document.
 *
 * <pre>{@code
 * EntityResolver resolver = new EntityResolver(keys, glossary, aliases, decisions);
 * resolver.seed(storedEntities);              // previous state, no recomputation
 * List<Assignment> a = resolver.add(docId, clusterer.cluster(text, mentions), byIndex);
 * List<ResolvedEntity> now = resolver.entities();
 * }</pre>
 * Not thread-safe: one resolver per ingest run.
 */
public final class EntityResolver {
    static final double THRESHOLD = 0.7;

    private final NameKeys keys;
    private final Decisions decisions;
    private final EntityStore store;
    private final CandidateFinder finder;
    private final Capitals capitals;
    private final AcronymStems stems;
    /** Place names of the document being added, for acronym stems. */
    private List<String> places = List.of();

    public EntityResolver(NameKeys keys, Glossary glossary, AliasTable aliases, List<Decision> decisions) {
        this.keys = keys;
        this.decisions = new Decisions(List.copyOf(decisions), keys);
        this.store = new EntityStore(keys, glossary, aliases);
        this.capitals = Capitals.load(keys, List.of());
        this.stems = new AcronymStems(keys, new GenericWords(keys));
        this.finder = new CandidateFinder(keys, glossary, aliases, new GenericWords(keys), store);
    }

    /** Loads a previous state; new entities get ids above the largest seeded id. */
    public void seed(List<ResolvedEntity> existing) {
        for (ResolvedEntity r : existing) {
            if (store.entities.containsKey(r.id())) {
                throw new IllegalArgumentException("entity id " + r.id() + " is seeded twice ('" + r.name() + "')");
            }
            Entity e = store.restore(r.id(), r.type());
            r.names().forEach((n, c) -> store.addName(e, n, c));
            e.reasons.addAll(r.reasons());
            e.documents.addAll(r.documents());
        }
        replayDecisions();
    }

    /** Assigns each cluster of a document to an entity, founding entities as needed, then replays decisions. */
    public List<Assignment> add(long documentId, List<LocalCluster> clusters, Map<Integer, ActorMention> mentionsByIndex) {
        List<Assignment> out = new ArrayList<>();
        Set<Long> inDocument = new LinkedHashSet<>();
        places = new ArrayList<>();
        for (LocalCluster cluster : clusters) {
            if (cluster.type() == ActorType.COUNTRY || cluster.type() == ActorType.LOCATION) {
                places.addAll(cluster.names());
                places.add(cluster.name());
            }
        }
        for (LocalCluster cluster : clusters) {
            List<Map<String, List<Integer>>> parts = splitByRulings(cluster, mentionsByIndex);
            for (Map<String, List<Integer>> part : parts) {
                Assignment a = assign(documentId, cluster, part, parts.size() == 1, inDocument);
                inDocument.add(a.entityId());
                out.add(a);
            }
        }
        replayDecisions();
        List<Assignment> current = new ArrayList<>();
        for (Assignment a : out) {
            long id = store.current(a.entityId());
            current.add(new Assignment(a.documentId(), a.clusterId(), id, a.score(), a.reasons(), a.mentions()));
        }
        return current;
    }

    /** Forgets all state (including seeds) and resolves the documents in order; returns every assignment. */
    public List<Assignment> rebuild(List<DocumentClusters> documents) {
        store.clear();
        List<Assignment> out = new ArrayList<>();
        for (DocumentClusters d : documents) {
            out.addAll(add(d.documentId(), d.clusters(), d.mentionsByIndex()));
        }
        List<Assignment> current = new ArrayList<>();
        for (Assignment a : out) {
            long id = store.current(a.entityId());
            current.add(new Assignment(a.documentId(), a.clusterId(), id, a.score(), a.reasons(), a.mentions()));
        }
        return current;
    }

    /**
     * The id an entity has now. Analyst SAME rulings and late full names can merge entities, so an id returned by an
     * earlier {@link #add} may have been absorbed; this follows the merges.
     */
    public long currentId(long entityId) {
        return store.current(entityId);
    }

    /** The current entities, by id. */
    public List<ResolvedEntity> entities() {
        return store.entities.values().stream().map(e -> e.snapshot(keys)).toList();
    }

    private Assignment assign(long documentId, LocalCluster cluster, Map<String, List<Integer>> part, boolean whole, Set<Long> inDocument) {
        List<String> surfaces = new ArrayList<>();
        List<String> standIns = new ArrayList<>();
        for (String surface : part.keySet()) {
            // A capital in a state's cluster was read as its government; searching by it would find the city.
            boolean standIn = cluster.type() == ActorType.COUNTRY && capitals.countryOf(surface)
                    .filter(c -> !keys.key(c).equals(keys.key(surface))).isPresent();
            (standIn ? standIns : surfaces).add(surface);
        }
        if (whole || surfaces.isEmpty()) {
            surfaces.add(cluster.name());
        }
        List<CandidateFinder.Name> names = finder.names(surfaces, cluster.type());
        List<String> notes = new ArrayList<>();
        List<CandidateFinder.Candidate> candidates = finder.find(names, cluster.type(), decisions, notes);
        Entity target = null;
        double score = 0;
        List<String> reasons = new ArrayList<>();
        if (!candidates.isEmpty() && candidates.get(0).score() >= THRESHOLD) {
            CandidateFinder.Candidate best = candidates.get(0);
            boolean tied = candidates.size() > 1 && candidates.get(1).score() >= best.score() - 1e-9;
            if (tied) {
                CandidateFinder.Candidate context = breakTie(candidates, inDocument);
                if (context != null) {
                    best = context;
                    tied = false;
                }
            }
            if (tied) {
                reasons.add(String.format(Locale.ROOT, "new entity: tied between entities %d and %d at %.2f",
                        best.entityId(), candidates.get(1).entityId(), best.score()));
            } else {
                target = store.entities.get(best.entityId());
                score = best.score();
                reasons.addAll(best.reasons());
            }
        } else if (cluster.type() == ActorType.ORGANIZATION && (target = byAcronymStem(names, reasons)) != null) {
            score = 0.85;
        } else {
            reasons.add(candidates.isEmpty() ? "new entity: no candidate" : "new entity: best candidate scored too low");
        }
        reasons.addAll(notes);
        if (target == null) {
            target = store.create(cluster.type());
        } else if (target.effectiveType() == ActorType.PERSON && cluster.type() != ActorType.PERSON && !store.hasFullName(target)) {
            target.type = cluster.type(); // a one-word "person" that is a place or group elsewhere
        } else {
            target.absorbType(cluster.type());
        }
        List<Integer> mentions = new ArrayList<>();
        for (var e : part.entrySet()) {
            store.addName(target, e.getKey(), e.getValue().size());
            mentions.addAll(e.getValue());
        }
        if (!standIns.isEmpty() && !target.names.containsKey(cluster.name())) {
            store.addName(target, cluster.name(), 0); // "Tehran" read as the state: file the state's own name too
        }
        for (String n : standIns) {
            target.standIns.add(keys.key(n));
        }
        target.documents.add(documentId);
        if (target.effectiveType() == ActorType.ORGANIZATION) {
            for (CandidateFinder.Name n : names) {
                for (String stem : stems.stems(n.display(), places)) {
                    store.file(target, "S:" + stem);
                }
            }
        }
        if (target.effectiveType() == ActorType.PERSON) {
            adoptBareSurnames(target, names);
        }
        for (String r : cluster.reasons()) {
            if (!target.reasons.contains(r)) {
                target.reasons.add(r);
            }
        }
        for (String r : reasons) {
            if (!r.startsWith("new entity") && !target.reasons.contains(r)) {
                target.reasons.add(r);
            }
        }
        mentions.sort(null);
        return new Assignment(documentId, cluster.id(), target.id, score, reasons, mentions);
    }

    /**
     * The only organization an acronym stem ties to this cluster: an acronym here whose stem is the initials of one
     * entity's name ("ISIS" with Iraq and Syria in the article, "Islamic State"), or a name here whose initials are the
     * stem of one entity's acronym. Null when none or several.
     */
    private Entity byAcronymStem(List<CandidateFinder.Name> names, List<String> reasons) {
        Set<Long> found = new LinkedHashSet<>();
        String why = null;
        for (CandidateFinder.Name n : names) {
            for (String stem : stems.stems(n.display(), places)) {
                for (long id : store.lookup("a:" + stem)) {
                    Entity e = store.entities.get(id);
                    if (e.effectiveType() == ActorType.ORGANIZATION && AcronymStems.capitalized(e.displayName(keys)) && found.add(id)) {
                        why = "acronym " + n.display() + " is the initials of '" + store.entities.get(id).displayName(keys)
                                + "' followed by places this article names";
                    }
                }
            }
            if (n.tokens().size() > 1 && !NameKeys.looksLikeAcronym(n.display()) && AcronymStems.capitalized(n.display())) {
                for (String ini : stems.initials(n.display())) {
                    for (long id : store.lookup("S:" + ini)) {
                        if (store.entities.get(id).effectiveType() == ActorType.ORGANIZATION && found.add(id)) {
                            why = "'" + n.display() + "' gives the initials of acronym '" + store.entities.get(id).displayName(keys)
                                    + "' before the places its article names";
                        }
                    }
                }
            }
        }
        if (found.size() != 1) {
            return null;
        }
        reasons.add(why);
        return store.entities.get(found.iterator().next());
    }

    /**
     * An entity made only of a bare surname ("Nadhimi", seen before any full name) joins a full name that arrives
     * later, on the same terms as a bare surname joins an existing full name: the surname has one full-name owner.
     */
    private void adoptBareSurnames(Entity target, List<CandidateFinder.Name> names) {
        for (CandidateFinder.Name n : names) {
            if (n.tokens().size() < 2) {
                continue;
            }
            String surname = n.tokens().get(n.tokens().size() - 1);
            long owners = store.lookup("s:" + surname).stream()
                    .filter(id -> store.entities.get(id).effectiveType() == ActorType.PERSON).count();
            if (owners != 1) {
                continue;
            }
            for (long id : List.copyOf(store.lookup("k:" + surname))) {
                Entity bare = store.entities.get(id);
                if (bare != target && bare.effectiveType() == ActorType.PERSON && !store.hasFullName(bare) && !clashes(target, bare)) {
                    store.merge(target, bare, "bare surname entity '" + bare.displayName(keys)
                            + "' joins the only full name with that surname, '" + n.display() + "'");
                }
            }
        }
    }

    /**
     * Among candidates tied at the top score, the one sharing clearly more documents with the entities this document
     * already mentions (its co-mentioned entities), or null. Derived from entity documents, so seeding keeps it.
     */
    private CandidateFinder.Candidate breakTie(List<CandidateFinder.Candidate> candidates, Set<Long> inDocument) {
        double top = candidates.get(0).score();
        CandidateFinder.Candidate best = null;
        int bestShared = 0;
        int second = 0;
        for (CandidateFinder.Candidate c : candidates) {
            if (c.score() < top - 1e-9) {
                break;
            }
            Entity e = store.entities.get(c.entityId());
            int shared = 0;
            for (long other : inDocument) {
                Entity o = store.entities.get(other);
                if (other != c.entityId() && o != null && !Collections.disjoint(o.documents, e.documents)) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                second = bestShared;
                bestShared = shared;
                best = c;
            } else if (shared > second) {
                second = shared;
            }
        }
        if (best == null || bestShared < 2 || bestShared == second) {
            return null;
        }
        List<String> reasons = new ArrayList<>(best.reasons());
        reasons.add(bestShared + " shared co-mentioned entities (others: " + second + ")");
        return new CandidateFinder.Candidate(best.entityId(), best.score(), reasons);
    }

    /**
     * Groups a cluster's mentions by surface form, and splits the groups apart where a NOT_SAME ruling in force
     * separates two of its names (the automatic rules joined them, the analyst says no).
     */
    private List<Map<String, List<Integer>>> splitByRulings(LocalCluster cluster, Map<Integer, ActorMention> mentionsByIndex) {
        Map<String, List<Integer>> bySurface = new LinkedHashMap<>();
        for (int index : cluster.mentions()) {
            ActorMention m = mentionsByIndex.get(index);
            String surface = m == null ? cluster.name() : m.text().strip();
            bySurface.computeIfAbsent(surface, s -> new ArrayList<>()).add(index);
        }
        List<Map<String, List<Integer>>> parts = new ArrayList<>();
        List<List<String>> partKeys = new ArrayList<>();
        if (decisions.isEmpty()) {
            return List.of(bySurface);
        }
        for (var e : bySurface.entrySet()) {
            String key = decisions.key(e.getKey());
            int chosen = -1;
            for (int p = 0; p < parts.size() && chosen < 0; p++) {
                boolean clash = false;
                for (String other : partKeys.get(p)) {
                    Decision d = decisions.ruling(key, other);
                    clash |= d != null && d.kind() == Decision.Kind.NOT_SAME;
                }
                chosen = clash ? -1 : p;
            }
            if (chosen < 0) {
                parts.add(new LinkedHashMap<>());
                partKeys.add(new ArrayList<>());
                chosen = parts.size() - 1;
            }
            parts.get(chosen).put(e.getKey(), e.getValue());
            partKeys.get(chosen).add(key);
        }
        return parts;
    }

    /** Applies SAME rulings (merging the entities that hold the two names) and then renames and retypes. */
    private void replayDecisions() {
        if (decisions.isEmpty()) {
            return;
        }
        for (Decision d : decisions.same()) {
            Entity a = holder(decisions.key(d.left()));
            Entity b = holder(decisions.key(d.right()));
            if (a != null && b != null && a != b && !clashes(a, b)) {
                Entity into = a.id < b.id ? a : b;
                store.merge(into, into == a ? b : a, "analyst decision #" + d.id() + ": '" + d.left() + "' is '" + d.right() + "'");
            }
        }
        for (Decision d : decisions.attributes()) {
            Entity e = holder(decisions.key(d.left()));
            if (e == null) {
                continue;
            }
            if (d.kind() == Decision.Kind.RENAME) {
                e.renamed = d.value().strip();
            } else {
                e.retyped = ActorType.parse(d.value());
                e.touch();
            }
        }
    }

    /** Whether merging two entities would put two names a NOT_SAME ruling separates into one. */
    private boolean clashes(Entity a, Entity b) {
        for (String k : a.nameKeys) {
            for (String other : decisions.notSame(k)) {
                if (b.nameKeys.contains(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entity holding a name key (the lowest id if several do). */
    private Entity holder(String key) {
        return store.lookup("k:" + key).stream().sorted().map(store.entities::get).findFirst().orElse(null);
    }
}
