package org.dramatis.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * A one-word name that taggers call a person in an article giving it no place cue ("tankers waited outside X") while
 * other articles name it as a place: the tagger slipped. Such a person cluster joins the place, even where an earlier
 * slip already made a one-word person of the name, and that person folds into the place. A name that is the surname of
 * a full-name person, a person the analyst typed so, or one an article names as a person {@value #STEADY_MENTIONS} times
 * or more (a warlord known by his home town's name), stays a person.
 */
record StrayPersons(EntityIndex store, DecisionReplay replay) {
    /** The score of a stray person joining its place: that of a one-word name across types. */
    static final double SCORE = 0.8;
    /** How many person mentions in one article make a one-word name that article's person rather than a slip. */
    static final int STEADY_MENTIONS = 3;

    /**
     * The one place entity that a cluster of one-word names is, or null: the cluster is a person, each of its names is
     * one word that no full-name person has as surname, and exactly one place entity holds them.
     */
    Entity placeFor(List<CandidateFinder.Name> names, ActorType type) {
        if (type != ActorType.PERSON || names.isEmpty()) {
            return null;
        }
        Entity found = null;
        for (String key : oneWordKeys(names)) {
            if (key == null || surnameOfAPerson(key)) {
                return null;
            }
            for (long id : store.lookup("k:" + key)) {
                Entity e = store.entities.get(id);
                if (e != null && place(e.effectiveType())) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /**
     * The entity a person cluster of one-word names joins: the place, with the reason added, instead of {@code chosen}
     * when that is none or a stray one-word person (which then folds into the place); else {@code chosen}.
     */
    Entity placeOf(Entity chosen, List<CandidateFinder.Name> names, ActorType type, List<String> reasons) {
        Entity place = chosen == null || stray(chosen) ? placeFor(names, type) : null;
        if (place == null || chosen != null && replay.clashes(place, chosen)) {
            return chosen;
        }
        if (chosen != null) {
            store.merge(place, chosen, reason(names.get(0).key()));
        }
        reasons.add(reason(names.get(0).key()));
        return place;
    }

    /**
     * Whether an entity is a slip this rule undoes: a person of one-word names only, not typed so by the analyst nor
     * written as a person's name ({@link PersonalUse}).
     */
    boolean stray(Entity e) {
        return e.effectiveType() == ActorType.PERSON && e.retyped == null && !store.hasFullName(e) && !e.personal;
    }

    /**
     * Folds into {@code place}, when it and the cluster of {@code type} are places, every stray one-word person holding
     * one of the cluster's one-word names, unless a full-name person has the name as surname or an analyst's ruling
     * keeps them apart.
     */
    void foldInto(Entity place, List<CandidateFinder.Name> names, ActorType type) {
        if (!place(type) || !place(place.effectiveType())) {
            return;
        }
        for (String key : oneWordKeys(names)) {
            if (key == null || surnameOfAPerson(key)) {
                continue;
            }
            for (long id : List.copyOf(store.lookup("k:" + key))) {
                Entity e = store.entities.get(id);
                if (e != null && e != place && stray(e) && !replay.clashes(place, e)) {
                    store.merge(place, e, reason(key));
                }
            }
        }
    }

    static String reason(String key) {
        return "one-word name '" + key + "' tagged person without a place cue and named as a place in another article:"
                + " the place, the tagger slipped";
    }

    private boolean surnameOfAPerson(String key) {
        return store.lookup("s:" + key).stream().anyMatch(id -> store.entities.get(id).effectiveType() == ActorType.PERSON);
    }

    /** The keys of one-word names; a null among them when some name has more words. */
    private static Set<String> oneWordKeys(List<CandidateFinder.Name> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (CandidateFinder.Name n : names) {
            keys.add(n.tokens().size() == 1 ? n.key() : null);
        }
        return keys;
    }

    private static boolean place(ActorType t) {
        return t == ActorType.LOCATION || t == ActorType.COUNTRY;
    }
}
