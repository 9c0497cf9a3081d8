package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    private final EntityIndex store;
    private final CandidateFinder finder;
    private final Capitals capitals;
    private final AcronymStems stems;
    private final DecisionReplay replay;
    private final TargetChooser chooser;
    private final Decisions inForce;
    private final StrayPersons strays;
    private final MatchVeto veto;
    private final BodyCountry bodyCountry;
    /** Place names of the document being added, for acronym stems. */
    private List<String> places = List.of();
    /** The names of the document's clusters assigned so far, by the entity each went to. */
    private final Map<Long, Set<String>> namesInDocument = new HashMap<>();

    public EntityResolver(NameKeys keys, Glossary glossary, AliasTable aliases, List<Decision> decisions) {
        this(keys, glossary, aliases, decisions, MatchVeto.fromSettings(keys));
    }

    /** A resolver whose merges the given match veto may stop ({@link MatchVeto#off} for the rules alone). */
    public EntityResolver(NameKeys keys, Glossary glossary, AliasTable aliases, List<Decision> decisions, MatchVeto veto) {
        this.keys = keys;
        this.veto = veto;
        this.inForce = new Decisions(List.copyOf(decisions), keys);
        this.store = new EntityIndex(keys, glossary, aliases);
        this.capitals = Capitals.load(keys);
        this.stems = new AcronymStems(keys, new GenericWords(keys));
        this.finder = new CandidateFinder(keys, glossary, aliases, new GenericWords(keys), store,
                new PersonShape(keys, glossary, capitals, aliases));
        this.replay = new DecisionReplay(inForce, store);
        this.chooser = new TargetChooser(keys, store, finder, inForce, stems);
        this.strays = new StrayPersons(store, replay);
        this.bodyCountry = new BodyCountry(keys);
    }

    /** Loads a previous state; new entities get ids above the largest seeded id. */
    public void seed(List<ResolvedEntity> existing) {
        seed(existing, Map.of());
    }

    /**
     * Loads a previous state with the stored entity holding each mention that decisions about chosen actors find them
     * by ({@link Decision.Anchors}); new entities get ids above the largest seeded id.
     */
    public void seed(List<ResolvedEntity> existing, Map<Decision.MentionRef, Long> anchorHolders) {
        anchorHolders.forEach(store::anchor);
        for (ResolvedEntity r : existing) {
            if (store.entities.containsKey(r.id())) {
                throw new IllegalArgumentException("entity id " + r.id() + " is seeded twice ('" + r.name() + "')");
            }
            Entity e = store.restore(r.id(), r.type());
            r.names().forEach((n, c) -> store.addName(e, n, c));
            e.reasons.addAll(r.reasons());
            e.documents.addAll(r.documents());
            e.restore(r);
        }
        replay.replay();
    }

    /** Assigns each cluster of a document to an entity, founding entities as needed, then replays decisions. */
    public List<Assignment> add(long documentId, List<LocalCluster> clusters, Map<Integer, ActorMention> mentionsByIndex) {
        List<Assignment> out = new ArrayList<>();
        Set<Long> inDocument = new LinkedHashSet<>();
        namesInDocument.clear();
        places = new ArrayList<>();
        for (LocalCluster cluster : clusters) {
            if (cluster.type() == ActorType.COUNTRY || cluster.type() == ActorType.LOCATION) {
                places.addAll(cluster.names());
                places.add(cluster.name());
            }
        }
        for (LocalCluster cluster : clusters) {
            List<Map<String, List<Integer>>> parts = replay.splitByRulings(cluster, mentionsByIndex);
            String country = bodyCountry.countryOf(cluster, clusters, mentionsByIndex);
            for (Map<String, List<Integer>> part : parts) {
                Assignment a = assign(documentId, cluster, part, parts.size() == 1, inDocument, country);
                inDocument.add(a.entityId());
                Set<String> named = namesInDocument.computeIfAbsent(a.entityId(), k -> new LinkedHashSet<>());
                named.add(cluster.name());
                named.addAll(cluster.names());
                out.add(a);
            }
        }
        replay.replay();
        return withCurrentIds(out);
    }

    /** Forgets all state (including seeds) and resolves the documents in order; returns every assignment. */
    public List<Assignment> rebuild(List<DocumentClusters> documents) {
        store.clear();
        List<Assignment> out = new ArrayList<>();
        for (DocumentClusters d : documents) {
            out.addAll(add(d.documentId(), d.clusters(), d.mentionsByIndex()));
        }
        return withCurrentIds(out);
    }

    /**
     * The assignments with each entity id replaced by the id that entity has now, after merges: a later document can
     * fold an entity an earlier {@link #add} assigned to (a bare surname adopted by a full name that arrives later).
     */
    public List<Assignment> withCurrentIds(List<Assignment> assignments) {
        List<Assignment> current = new ArrayList<>();
        for (Assignment a : assignments) {
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

    /** Whether an entity with this id exists now (it may have been merged into another). */
    public boolean exists(long entityId) {
        return store.entities.containsKey(entityId);
    }

    /** The current entities among {@code ids}, by id; ids merged away are left out. */
    public List<ResolvedEntity> entities(Collection<Long> ids) {
        return new TreeSet<>(ids).stream().map(store.entities::get).filter(Objects::nonNull)
                .map(e -> e.snapshot(keys)).toList();
    }

    /** The current entities, by id. */
    public List<ResolvedEntity> entities() {
        return store.entities.values().stream().map(e -> e.snapshot(keys)).toList();
    }

    private Assignment assign(long documentId, LocalCluster cluster, Map<String, List<Integer>> part, boolean whole, Set<Long> inDocument,
                              String country) {
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
        boolean personal = cluster.type() == ActorType.PERSON && PersonalUse.in(cluster.reasons());
        // Named as a person at least three times in one article, a one-word name is that article's person, not a
        // tagger's slip on a place other articles name.
        boolean steady = cluster.type() == ActorType.PERSON
                && part.values().stream().mapToInt(List::size).sum() >= StrayPersons.STEADY_MENTIONS;
        CandidateFinder.Facts facts = new CandidateFinder.Facts(cluster.impersonal(), personal || steady, country,
                personal && PersonalUse.givenName(cluster.reasons()) ? "follows a title that names a person by a given name"
                        : ShortFormRule.usedAsPlace(cluster.reasons()) ? "stands where a place does" : null);
        TargetChooser.Choice choice = keptApart(vetoed(chooser.choose(names, cluster.type(), facts, inDocument, places),
                part.isEmpty() ? cluster.names() : part.keySet(), cluster.type()), cluster);
        List<String> reasons = new ArrayList<>(choice.reasons());
        Entity target = personal || steady ? choice.target() : strays.placeOf(choice.target(), names, cluster.type(), reasons);
        double score = target == choice.target() ? choice.score() : Math.max(choice.score(), StrayPersons.SCORE);
        boolean personAcrossTypes = false;
        if (target == null) {
            target = store.create(cluster.type());
        } else if (target.effectiveType() == ActorType.PERSON && cluster.type() != ActorType.PERSON && !store.hasFullName(target)) {
            target.type = cluster.type(); // a one-word "person" that is a place or group elsewhere
        } else if (!CandidateFinder.compatible(cluster.type(), target.effectiveType())) {
            personAcrossTypes = names.stream().anyMatch(n -> n.tokens().size() > 1);
        } else {
            target.absorbType(cluster.type());
        }
        strays.foldInto(target, names, cluster.type());
        target.mentionTypes.merge(cluster.type(), part.values().stream().mapToInt(List::size).sum(), Integer::sum);
        target.impersonal |= cluster.impersonal();
        target.personal |= (personal || steady) && target.effectiveType() == ActorType.PERSON;
        if (country != null) {
            target.countries.add(country);
        }
        if (personAcrossTypes && target.majorityType() != target.type) {
            // A person's full name also tagged as a group or place: the entity takes the type most of its mentions have.
            target.type = target.majorityType();
            store.refile(target);
        }
        List<Integer> mentions = new ArrayList<>();
        for (var e : part.entrySet()) {
            store.addName(target, e.getKey(), e.getValue().size());
            mentions.addAll(e.getValue());
        }
        for (int idx : mentions) {
            Decision.MentionRef ref = new Decision.MentionRef(documentId, idx);
            if (inForce.anchors(ref)) {
                store.anchor(ref, target.id);
            }
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
                if (spelledOut(target, n.display())) {
                    continue; // "ISPR" beside "Inter-Services Public Relations" is no "IS" plus two places
                }
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
     * The choice unless the match model vetoes it ({@link MatchVeto}); the alias table and analyst decisions (score 2)
     * are never vetoed. A vetoed cluster founds a new entity, and its reasons say why and what the rules had found.
     */
    private TargetChooser.Choice vetoed(TargetChooser.Choice choice, Collection<String> surfaces, ActorType type) {
        Entity target = choice.target();
        if (target == null || choice.score() >= 2.0) {
            return choice;
        }
        String why = veto.vetoJoin(surfaces, type, target.names, target.effectiveType(), target.displayName(keys),
                n -> (int) store.lookup("s:" + n.skeleton().get(0)).stream()
                        .filter(id -> store.entities.get(id).effectiveType() == ActorType.PERSON).limit(2).count());
        if (why == null) {
            return choice;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(why + " (the rules had: " + String.join("; ", choice.reasons()) + ")");
        return new TargetChooser.Choice(null, 0, reasons);
    }

    /**
     * The choice unless its entity already holds a cluster of this article that the article's clustering refused to
     * join with this one ({@link KeptApart}); then the cluster founds a new entity and says why. Analyst decisions
     * (score 2) stand.
     */
    private TargetChooser.Choice keptApart(TargetChooser.Choice choice, LocalCluster cluster) {
        Entity target = choice.target();
        Set<String> apart = KeptApart.names(cluster.reasons());
        if (target == null || apart.isEmpty() || choice.score() >= 2.0) {
            return choice;
        }
        for (var e : namesInDocument.entrySet()) {
            if (store.current(e.getKey()) != target.id) {
                continue;
            }
            for (String name : e.getValue()) {
                if (apart.contains(name)) {
                    return new TargetChooser.Choice(null, 0, List.of("new entity: '" + target.displayName(keys)
                            + "' holds '" + name + "', which this article keeps apart from '" + cluster.name() + "'"));
                }
            }
        }
        return choice;
    }

    /** Whether the entity holds a name whose initials spell the whole acronym: the text wrote what it stands for. */
    private boolean spelledOut(Entity target, String acronym) {
        if (!NameKeys.looksLikeAcronym(acronym)) {
            return false;
        }
        for (String name : target.names.keySet()) {
            if (!name.equals(acronym) && keys.isAcronymOf(acronym, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An entity made only of a bare surname ("Nadhimi", seen before any full name) joins a full name that arrives
     * later, on the same terms as a bare surname joins an existing full name: the surname has one full-name owner, and
     * the bare name was not written after a title that names a person by a given name ("King Abdullah").
     */
    private void adoptBareSurnames(Entity target, List<CandidateFinder.Name> names) {
        for (CandidateFinder.Name n : names) {
            if (n.tokens().size() < 2) {
                continue;
            }
            List<String> surnames = new ArrayList<>();
            surnames.add(n.tokens().get(n.tokens().size() - 1));
            String fused = keys.fusedSurnameKey(n.display());
            if (fused != null) {
                surnames.add(fused); // its last two words written as one ("Amirabdollahian")
            }
            for (String surname : surnames) {
                // Only "exactly one" matters: stop at the second owner instead of counting a common surname's whole block.
                long owners = store.lookup("s:" + surname).stream()
                        .filter(id -> store.entities.get(id).effectiveType() == ActorType.PERSON).limit(2).count();
                if (owners != 1 || store.givenNameOfAnother(surname, target) != null) {
                    continue;
                }
                for (long id : List.copyOf(store.lookup("k:" + surname))) {
                    Entity bare = store.entities.get(id);
                    if (bare != target && bare.effectiveType() == ActorType.PERSON && !store.hasFullName(bare)
                            && !PersonalUse.givenName(bare.reasons) && !ShortFormRule.usedAsPlace(bare.reasons)
                            && !replay.clashes(target, bare)) {
                        store.merge(target, bare, "bare surname entity '" + bare.displayName(keys)
                                + "' joins the only full name with that surname, '" + n.display() + "'");
                    }
                }
            }
        }
    }
}
