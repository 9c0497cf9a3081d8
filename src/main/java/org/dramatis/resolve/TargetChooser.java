package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * Scores a cluster's names against the existing entities and picks the one it joins, with the reasons: the best
 * candidate at or above {@link EntityResolver#THRESHOLD} unless tied, a tie broken by co-mentioned entities, or an
 * organization tied by an acronym stem.
 */
record TargetChooser(NameKeys keys, EntityIndex store, CandidateFinder finder, Decisions decisions, AcronymStems stems) {
    /** The entity a cluster joins (null: found a new one), its score and the reasons, in order. */
    record Choice(Entity target, double score, List<String> reasons) {
    }

    /**
     * Chooses the entity for a cluster's names; {@code inDocument} holds the entities this document already mentions
     * and {@code places} its place names; {@code facts} what the document says of the cluster beyond its names
     * ({@link CandidateFinder.Facts}). The reasons end with the candidate finder's notes.
     */
    Choice choose(List<CandidateFinder.Name> names, ActorType type, CandidateFinder.Facts facts, Set<Long> inDocument,
                  List<String> places) {
        List<String> notes = new ArrayList<>();
        List<CandidateFinder.Candidate> candidates = finder.find(names, type, facts, decisions, notes);
        Entity target = null;
        double score = 0;
        List<String> reasons = new ArrayList<>();
        if (!candidates.isEmpty() && candidates.get(0).score() >= EntityResolver.THRESHOLD) {
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
        } else if (type == ActorType.ORGANIZATION && (target = byAcronymStem(names, reasons, places)) != null) {
            score = 0.85;
        } else {
            reasons.add(candidates.isEmpty() ? "new entity: no candidate" : "new entity: best candidate scored too low");
        }
        reasons.addAll(notes);
        return new Choice(target, score, reasons);
    }

    /**
     * The only organization an acronym stem ties to this cluster: an acronym here whose stem is the initials of one
     * entity's name ("ISIS" with Iraq and Syria in the article, "Islamic State"), or a name here whose initials are the
     * stem of one entity's acronym. Null when none or several.
     */
    private Entity byAcronymStem(List<CandidateFinder.Name> names, List<String> reasons, List<String> places) {
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
                if (other != c.entityId() && o != null && shareADocument(o.documents, e.documents)) {
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
     * Whether two entities share a document. Walks the smaller set: {@code Collections.disjoint} walks its second
     * argument whenever the first is a set, which for a famous candidate is a share of the whole corpus per tie.
     */
    private static boolean shareADocument(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        for (long d : small) {
            if (large.contains(d)) {
                return true;
            }
        }
        return false;
    }
}
