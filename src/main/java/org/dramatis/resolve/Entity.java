package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dramatis.model.ActorType;

/** Mutable working state of one entity inside {@link EntityResolver}; {@link #snapshot} makes the public record. */
final class Entity {
    final long id;
    ActorType type;
    ActorType retyped;
    String renamed;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final List<String> reasons = new ArrayList<>();
    final Set<Long> documents = new TreeSet<>();
    /** Keys of every surface name, for NOT_SAME checks and decision lookups. */
    final Set<String> nameKeys = new HashSet<>();
    /** Keys of capitals this state was named by ("Tehran" for the government): a city mention must not join by them. */
    final Set<String> standIns = new HashSet<>();
    /** Index keys this entity is filed under, so a merge can refile it. */
    final Set<String> indexKeys = new HashSet<>();
    /** Mentions per tagged type, for the majority type when a person's name was also tagged as a group or place. */
    final Map<ActorType, Integer> mentionTypes = new EnumMap<>(ActorType.class);
    /**
     * Country keys of the bodies with a generic name that joined this entity ("the Ministry of Defence" of Qadira):
     * another country's body of that name is another actor ({@link BodyCountry}).
     */
    final Set<String> countries = new HashSet<>();
    /** Whether some document writes a name of this person as a person's ({@link PersonalUse}): no place absorbs it. */
    boolean personal;
    /** Whether some document uses a group or place name of this entity the way a person's name is not used ("in X"). */
    boolean impersonal;
    private String cachedName;

    Entity(long id, ActorType type) {
        this.id = id;
        this.type = type;
    }

    /** Takes back what a snapshot kept ({@link #snapshot}); a snapshot that kept no mention types counts all as one. */
    void restore(ResolvedEntity r) {
        ResolvedEntity.Traits t = r.traits();
        countries.addAll(t.countries());
        standIns.addAll(t.standIns());
        personal = t.personal();
        impersonal = t.impersonal();
        if (t.mentionTypes().isEmpty()) {
            mentionTypes.put(r.type(), r.names().values().stream().mapToInt(Integer::intValue).sum());
        } else {
            mentionTypes.putAll(t.mentionTypes());
        }
    }

    ActorType effectiveType() {
        return retyped != null ? retyped : type;
    }

    void absorbType(ActorType other) {
        if (type == ActorType.LOCATION && other == ActorType.COUNTRY) {
            type = ActorType.COUNTRY; // a place that acts is a state
        }
    }

    /**
     * The type most of the entity's mentions were tagged with; on a tie a person, then the current type. Used only where
     * a person's full name and the same name tagged as a group or place were joined.
     */
    ActorType majorityType() {
        ActorType best = type;
        int most = mentionTypes.getOrDefault(type, 0);
        for (var e : mentionTypes.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() == ActorType.PERSON)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The fullest, most frequent display form, unless an analyst renamed the entity. */
    String displayName(NameKeys keys) {
        if (renamed != null) {
            return renamed;
        }
        if (cachedName == null) {
            cachedName = computeDisplayName(keys);
        }
        return cachedName;
    }

    /** Forgets the cached display name after names change. */
    void touch() {
        cachedName = null;
    }

    /**
     * The fullest proper name: a name beats an acronym, and both beat a nationality word ("Qadiri", "Iranian") and a
     * lowercase rendering ("the popular gathering"); then more words win, then more mentions, then the name seen first.
     * An entity named only by a listed nationality adjective is shown under its country ("British" → "United Kingdom").
     */
    private String computeDisplayName(NameKeys keys) {
        List<String> places = new ArrayList<>();
        if (effectiveType() == ActorType.COUNTRY || effectiveType() == ActorType.LOCATION) {
            names.keySet().forEach(n -> places.add(keys.display(n, effectiveType())));
        }
        String best = null;
        int bestRank = -1;
        int bestTokens = -1;
        int bestCount = -1;
        for (var e : names.entrySet()) {
            String display = keys.display(e.getKey(), effectiveType());
            int tokens = keys.tokens(display).size();
            int rank = 3;
            if (!places.isEmpty() && keys.isNationalityWord(display, places)) {
                rank = 0;
            } else if (display.chars().noneMatch(Character::isUpperCase)) {
                rank = 1;
            } else if (NameKeys.looksLikeAcronym(display)) {
                rank = 2; // prefer the expansion over the acronym
            }
            if (rank > bestRank || rank == bestRank && (tokens > bestTokens || (tokens == bestTokens && e.getValue() > bestCount))) {
                best = display;
                bestRank = rank;
                bestTokens = tokens;
                bestCount = e.getValue();
            }
        }
        if (best == null || best.isBlank()) {
            return names.keySet().iterator().next();
        }
        String country = bestRank == 0 ? keys.countryOfDemonym(best) : null;
        return country != null ? country : best;
    }

    ResolvedEntity snapshot(NameKeys keys) {
        return new ResolvedEntity(id, displayName(keys), effectiveType(), names, reasons, documents,
                new ResolvedEntity.Traits(countries, standIns, mentionTypes, personal, impersonal));
    }
}
