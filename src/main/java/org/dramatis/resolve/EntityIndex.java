package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dramatis.extract.DemonymForms;
import org.dramatis.model.ActorType;

/**
 * The resolver's working set: its entities in memory and the blocking index over their names. Index keys are
 * prefixed by kind: {@code k:} name key, {@code s:} surname, {@code g:} given name and {@code S1:} surname with the
 * given name's initial of a full person name, {@code S:} acronym stem, {@code t:} glossary translation, {@code A:}
 * acronym, {@code a:} initials of a longer name, {@code c:} alias-table canonical name, {@code d:} a nationality word
 * built from a one-word place name ("qadiri" for "Qadira").
 */
final class EntityIndex {
    final Map<Long, Entity> entities = new TreeMap<>();
    private final Map<String, Set<Long>> index = new HashMap<>();
    private final NameKeys keys;
    private final Glossary glossary;
    private final AliasTable aliases;
    /** Where merged-away ids went, so earlier assignments can be pointed at the surviving entity. */
    private final Map<Long, Long> redirects = new HashMap<>();
    /** Which entity took each mention a decision finds its actor by ({@link Decision.Anchors}); ids as assigned. */
    private final Map<Decision.MentionRef, Long> anchored = new HashMap<>();
    private long nextId = 1;

    EntityIndex(NameKeys keys, Glossary glossary, AliasTable aliases) {
        this.keys = keys;
        this.glossary = glossary;
        this.aliases = aliases;
    }

    void clear() {
        entities.clear();
        index.clear();
        redirects.clear();
        anchored.clear();
        nextId = 1;
    }

    Entity create(ActorType type) {
        Entity e = new Entity(nextId++, type);
        entities.put(e.id, e);
        return e;
    }

    /** Restores an entity with a known id; later ids follow the largest seen. */
    Entity restore(long id, ActorType type) {
        Entity e = new Entity(id, type);
        entities.put(id, e);
        nextId = Math.max(nextId, id + 1);
        return e;
    }

    void addName(Entity e, String surface, int count) {
        e.touch();
        if (e.names.merge(surface, count, Integer::sum) == count) {
            e.nameKeys.add(Decisions.spelled(surface));
            for (String k : indexKeys(surface, e.effectiveType())) {
                index.computeIfAbsent(k, x -> new HashSet<>()).add(e.id);
                e.indexKeys.add(k);
                if (k.startsWith("k:")) {
                    e.nameKeys.add(k.substring(2));
                }
            }
        }
    }

    /** Files every name of an entity again under the keys its current type gives (after it became a person). */
    void refile(Entity e) {
        for (String surface : e.names.keySet()) {
            for (String k : indexKeys(surface, e.effectiveType())) {
                if (e.indexKeys.add(k)) {
                    index.computeIfAbsent(k, x -> new HashSet<>()).add(e.id);
                }
                if (k.startsWith("k:")) {
                    e.nameKeys.add(k.substring(2));
                }
            }
        }
        e.touch();
    }

    /** Files an entity under an extra index key that no single name gives (an acronym stem). */
    void file(Entity e, String indexKey) {
        index.computeIfAbsent(indexKey, x -> new HashSet<>()).add(e.id);
        e.indexKeys.add(indexKey);
    }

    Set<Long> lookup(String indexKey) {
        return index.getOrDefault(indexKey, Set.of());
    }

    /** Moves everything of {@code from} into {@code into} and refiles the index. */
    void merge(Entity into, Entity from, String reason) {
        for (String k : from.indexKeys) {
            Set<Long> ids = index.get(k);
            ids.remove(from.id);
            ids.add(into.id);
            into.indexKeys.add(k);
        }
        from.names.forEach((n, c) -> into.names.merge(n, c, Integer::sum));
        into.nameKeys.addAll(from.nameKeys);
        into.standIns.addAll(from.standIns);
        into.countries.addAll(from.countries);
        from.mentionTypes.forEach((t, n) -> into.mentionTypes.merge(t, n, Integer::sum));
        into.impersonal |= from.impersonal;
        into.personal |= from.personal;
        into.documents.addAll(from.documents);
        into.reasons.addAll(from.reasons);
        into.reasons.add(reason);
        into.absorbType(from.type);
        into.touch();
        entities.remove(from.id);
        redirects.put(from.id, into.id);
    }

    /** Records that an anchoring mention went to an entity. */
    void anchor(Decision.MentionRef mention, long entityId) {
        anchored.put(mention, entityId);
    }

    /**
     * The entity holding most of these mentions now (the lowest id on a tie), or null when none was assigned: how a
     * decision about an actor finds it again.
     */
    Entity holderOf(List<Decision.MentionRef> mentions) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (Decision.MentionRef m : mentions) {
            Long id = anchored.get(m);
            if (id != null) {
                counts.merge(current(id), 1, Integer::sum);
            }
        }
        long best = -1;
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most && entities.containsKey(e.getKey())) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best < 0 ? null : entities.get(best);
    }

    /** The id an entity has now, following merges. */
    long current(long id) {
        long cur = id;
        while (redirects.containsKey(cur)) {
            cur = redirects.get(cur);
        }
        return cur;
    }

    /** Whether an entity holds at least one person name of two or more tokens. */
    /**
     * Another person whose full name opens with {@code key} ("Nawaz Sharif" for "Nawaz" beside "Maryam Nawaz"): a bare
     * name that is one person's surname and another's given name is no surname of the first alone. Null when none.
     */
    Entity givenNameOfAnother(String key, Entity owner) {
        for (long id : lookup("g:" + key)) {
            Entity e = entities.get(id);
            if (e != owner && e.effectiveType() == ActorType.PERSON && hasFullName(e)) {
                return e;
            }
        }
        return null;
    }

    boolean hasFullName(Entity e) {
        for (String n : e.names.keySet()) {
            if (keys.tokens(keys.display(n, e.effectiveType())).size() > 1) {
                return true;
            }
        }
        return false;
    }

    List<String> indexKeys(String surface, ActorType type) {
        List<String> out = new ArrayList<>();
        String display = keys.display(surface, type);
        List<String> tokens = keys.tokens(display);
        if (tokens.isEmpty()) {
            return out;
        }
        String key = String.join(" ", tokens);
        out.add("k:" + key);
        String decisionKey = keys.key(keys.display(surface, ActorType.PERSON));
        if (!decisionKey.equals(key) && !decisionKey.isEmpty()) {
            out.add("k:" + decisionKey);
        }
        if (type == ActorType.PERSON && tokens.size() > 1) {
            out.add("s:" + tokens.get(tokens.size() - 1));
            String fused = keys.fusedSurnameKey(display);
            if (fused != null) {
                out.add("s:" + fused); // "Amirabdollahian" is the surname of "Hossein Amir-Abdollahian" too
            }
            out.add("g:" + tokens.get(0));
            out.add(surnameBlock(tokens));
        } else if (type != ActorType.PERSON) {
            for (String t : glossary.translationKeys(display)) {
                out.add("t:" + t);
            }
            if (NameKeys.looksLikeAcronym(display)) {
                out.add("A:" + acronymLetters(display));
            } else {
                for (String ini : keys.initials(display)) {
                    out.add("a:" + ini);
                }
            }
        }
        aliases.canonicalKey(display, type).ifPresent(c -> out.add("c:" + c));
        if ((type == ActorType.COUNTRY || type == ActorType.LOCATION) && tokens.size() == 1 && keys.countryOfDemonym(display) == null) {
            Set<String> adjectives = keys.demonymForms().adjectives(display);
            // A place whose built adjective the demonym list gives another country has none of its own: "Tunisian" is
            // Tunisia's, not Tunis's.
            boolean another = adjectives.stream().map(a -> keys.countryOfDemonym(Character.toUpperCase(a.charAt(0)) + a.substring(1)))
                    .anyMatch(c -> c != null && !c.equalsIgnoreCase(display.strip()));
            if (!another) {
                adjectives.forEach(a -> out.add("d:" + a));
                keys.demonymForms().peoples(display).forEach(p -> out.add("d:" + p));
            }
        }
        return out;
    }

    /** Block of full person names with this surname and a given name of the same first letter. */
    static String surnameBlock(List<String> tokens) {
        return "S1:" + tokens.get(tokens.size() - 1) + "|" + tokens.get(0).charAt(0);
    }

    static String acronymLetters(String acronym) {
        return acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
