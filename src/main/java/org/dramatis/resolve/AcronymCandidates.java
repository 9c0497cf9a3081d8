package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.resolve.CandidateFinder.Candidate;
import org.dramatis.resolve.CandidateFinder.Name;

/**
 * Candidates met through an acronym, across documents: an acronym the text wrote ("NLF") and a name it abbreviates
 * ("National Liberation Front"), either way round. An acronym meets a name by its letters only where no text spelt
 * that acronym out to another name: a cluster that writes "NLF" for "Nasiri Liberation Front" does not join the
 * "National Liberation Front" of another article, and a name whose initials happen to be another group's acronym does
 * not join that group when the group's own articles spell its acronym out differently. An acronym written inside a
 * name counts all its letters ("US Navy" is "USN", never "UN").
 */
final class AcronymCandidates {
    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JW =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    /** Short acronyms ("US") have many expansions in a large corpus; past this many, only exact names match them. */
    private static final int MAX_ACRONYM_BLOCK = 256;
    private final NameKeys keys;
    private final EntityIndex store;
    private final GenericWords generic;

    AcronymCandidates(NameKeys keys, EntityIndex store) {
        this.keys = keys;
        this.store = store;
        this.generic = new GenericWords(keys);
    }

    /** Offers the entities one cluster name meets through an acronym; {@code names} are all the cluster's names. */
    void offer(Name n, List<Name> names, Map<Long, Candidate> found, List<String> notes) {
        if (NameKeys.looksLikeAcronym(n.display())) {
            Set<Long> expansions = store.lookup("a:" + EntityIndex.acronymLetters(n.display()));
            if (expansions.size() > MAX_ACRONYM_BLOCK) {
                notes.add("acronym " + n.display() + " fits too many names to compare (" + expansions.size() + ")");
                expansions = Set.of();
            }
            for (long id : expansions) {
                for (String other : store.entities.get(id).names.keySet()) {
                    if (keys.isAcronymOf(n.display(), other)) {
                        String spelt = spelledOut(n.display(), names.stream().map(Name::display).toList(), other);
                        if (spelt == null) {
                            CandidateFinder.offer(found, id, 0.9, "acronym " + n.display() + " of " + other);
                        } else {
                            notes.add("acronym " + n.display() + " is written for '" + spelt + "' here, not for '" + other + "'");
                        }
                        break;
                    }
                }
            }
            return;
        }
        for (String ini : keys.initials(n.display())) {
            for (long id : store.lookup("A:" + ini)) {
                Entity e = store.entities.get(id);
                for (String other : e.names.keySet()) {
                    if (NameKeys.looksLikeAcronym(other) && keys.isAcronymOf(other, n.display())) {
                        String spelt = spelledOut(other, e.names.keySet(), n.display());
                        if (spelt == null) {
                            CandidateFinder.offer(found, id, 0.9, "acronym " + other + " of " + n.display());
                        } else {
                            notes.add("acronym " + other + " is written for '" + spelt + "', not for '" + n.display() + "'");
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * Why a cluster and an entity holding one acronym are not one actor, or null: the cluster spells the acronym out as one
     * name and the entity as another ("the Northern Defence Brigades (NDB)" and "the National Dragoon Battalion (NDB)").
     * Whatever their shared spelling says, the acronym names two groups.
     */
    String clash(List<Name> names, Entity e) {
        List<String> own = names.stream().map(Name::display).toList();
        for (Name n : names) {
            if (!NameKeys.looksLikeAcronym(n.display()) || !e.names.containsKey(n.surface()) && !e.names.containsKey(n.display())) {
                continue;
            }
            for (String here : own) {
                if (NameKeys.looksLikeAcronym(here) || !keys.isAcronymOf(n.display(), here)) {
                    continue;
                }
                String there = spelledOut(n.display(), e.names.keySet(), here);
                if (there != null && own.stream().noneMatch(o -> sameWords(o, there))) {
                    return "acronym " + n.display() + " is written for '" + here + "' here and for '" + there + "' there";
                }
            }
        }
        return null;
    }

    /** A name among {@code names}, other than an acronym, that spells {@code acronym} out and is not {@code name}; or null. */
    private String spelledOut(String acronym, Collection<String> names, String name) {
        for (String m : names) {
            if (!NameKeys.looksLikeAcronym(m) && keys.isAcronymOf(acronym, m) && !sameWords(m, name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether two names have the same words but for generic ones ("Popular Mobilization Force" and "... Forces"), each
     * word the same or a form of it ("Kurdistan" and "Kurdistani", "Sovereign" and "Sovereignty": one key starts the other
     * and Jaro-Winkler is at least 0.9).
     */
    private boolean sameWords(String a, String b) {
        List<String> x = proper(a);
        List<String> y = proper(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            String s = x.get(i);
            String t = y.get(i);
            if (!s.equals(t) && !((s.startsWith(t) || t.startsWith(s)) && JW.apply(s, t) >= 0.9)) {
                return false;
            }
        }
        return true;
    }

    private List<String> proper(String name) {
        List<String> out = new ArrayList<>();
        for (String t : keys.tokens(name)) {
            if (!generic.isGeneric(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
