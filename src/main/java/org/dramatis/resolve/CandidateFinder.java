package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * Finds and scores the entities a cluster may belong to, through the blocking index only (never a scan), and applies
 * the false-merge guards: types must agree, persons need a compatible given name, a bare surname needs a single
 * owner, organizations need a whole-name, acronym, alias or translation match, and NOT_SAME rulings win.
 */
final class CandidateFinder {
    /** One scored candidate with its evidence. */
    record Candidate(long entityId, double score, List<String> reasons) {
    }

    /**
     * What the cluster's document says about it beyond its names: whether it uses a name as a place or a group's
     * ({@link LocalCluster#impersonal}) or writes one as a person's ({@link PersonalUse}), and the country key of a body
     * with a generic name ({@link BodyCountry}; null for other clusters or when no country can be read), and why its bare
     * name is no surname of a person named in full (null when nothing says so): a title before it names persons by a
     * given name ({@link PersonalUse#givenName}), or the document uses it as a place ({@link ShortFormRule#usedAsPlace}).
     */
    record Facts(boolean impersonal, boolean personal, String country, String noSurname) {
    }

    /** A name of the cluster, prepared once. */
    record Name(String surface, String display, List<String> tokens, String key) {
    }

    private final NameKeys keys;
    private final Glossary glossary;
    private final AliasTable aliases;
    private final GenericWords generic;
    private final EntityIndex store;
    private final AcronymCandidates acronyms;
    private final PersonCandidates persons;

    CandidateFinder(NameKeys keys, Glossary glossary, AliasTable aliases, GenericWords generic, EntityIndex store,
                    PersonShape personShape) {
        this.keys = keys;
        this.glossary = glossary;
        this.aliases = aliases;
        this.generic = generic;
        this.store = store;
        this.acronyms = new AcronymCandidates(keys, store);
        this.persons = new PersonCandidates(keys, store, personShape);
    }

    List<Name> names(List<String> surfaces, ActorType type) {
        List<Name> out = new ArrayList<>();
        for (String s : new LinkedHashSet<>(surfaces)) {
            String display = keys.display(s, type);
            List<String> tokens = keys.tokens(display);
            if (!tokens.isEmpty()) {
                out.add(new Name(s, display, tokens, String.join(" ", tokens)));
            }
        }
        return out;
    }

    /**
     * Candidates best first; the caller decides on ties. {@code notes} receives guard explanations. A body with a
     * generic name never meets another country's, unless the alias table or an analyst says so; a name written as a
     * person's never joins a place, nor a group by a one-word name, and no place or group absorbs it.
     */
    List<Candidate> find(List<Name> names, ActorType type, Facts facts, Decisions decisions, List<String> notes) {
        String country = facts.country();
        Map<Long, Candidate> found = new HashMap<>();
        for (Name n : names) {
            aliases.canonicalKey(n.display(), type).ifPresent(c -> {
                String canonical = aliases.canonicalName(c).orElse(c);
                for (long id : store.lookup("c:" + c)) {
                    offer(found, id, 2.0, "alias table: '" + n.surface() + "' is listed for '" + canonical + "'");
                }
            });
            decisions.sameAs(decisions.key(n.surface())).forEach((partner, d) -> {
                for (long id : store.lookup("k:" + partner)) {
                    offer(found, id, 2.0, "analyst decision #" + d.id() + ": '" + d.left() + "' is '" + d.right() + "'");
                }
            });
        }
        if (type == ActorType.PERSON) {
            persons.find(names, facts.noSurname(), found, notes);
        } else {
            findOthers(names, type, found, notes);
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found.values()) {
            Entity e = store.entities.get(c.entityId());
            if (e == null || !compatible(type, e.effectiveType())) {
                continue;
            }
            if (type == ActorType.LOCATION && e.effectiveType() == ActorType.COUNTRY && !e.standIns.isEmpty()
                    && names.stream().allMatch(n -> e.standIns.contains(n.key()))) {
                // Named, not numbered: the resolver's ids are not the stored ones the pages show.
                notes.add("'" + names.get(0).surface() + "' is a place here; '" + e.displayName(keys)
                        + "' holds it only as its government");
                continue;
            }
            if (country != null && c.score() < 2.0 && !e.countries.isEmpty() && !e.countries.contains(country)) {
                notes.add("'" + names.get(0).surface() + "' is a body of " + country + " here; '" + e.displayName(keys)
                        + "' is that of " + String.join(", ", new java.util.TreeSet<>(e.countries)));
                continue;
            }
            String blocked = forbidden(names, e, decisions);
            if (blocked != null) {
                notes.add(blocked);
                continue;
            }
            String clash = c.score() < 2.0 ? acronyms.clash(names, e) : null;
            if (clash != null) {
                notes.add(clash);
                continue;
            }
            out.add(c);
        }
        boolean personal = facts.personal() && type == ActorType.PERSON;
        if (out.isEmpty() && !personal) {
            out.addAll(acrossTypes(names, type, decisions));
        }
        if (out.isEmpty() && !facts.impersonal()) {
            // a person's full name the tagger called a group joins it; a titled one never joins a place
            persons.acrossTypes(names, type, e -> forbidden(names, e, decisions) == null).stream()
                    .filter(c -> !personal || !isPlace(store.entities.get(c.entityId()).effectiveType())).forEach(out::add);
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::entityId));
        return out;
    }

    /**
     * Taggers type a one-word name of a place or group as a person in one article and correctly in another ("Dastgar").
     * When nothing of the cluster's own type matches, a one-word person cluster may join a non-person entity with the
     * same key (if no full-name person has it as surname), and a one-word non-person cluster may join a person entity
     * that never had a full name.
     */
    private List<Candidate> acrossTypes(List<Name> names, ActorType type, Decisions decisions) {
        List<Candidate> out = new ArrayList<>();
        if (names.isEmpty() || names.stream().anyMatch(n -> n.tokens().size() != 1 || generic.isGeneric(n.key()))) {
            return out;
        }
        Set<String> nameKeys = new LinkedHashSet<>();
        names.forEach(n -> nameKeys.add(n.key()));
        for (String key : nameKeys) {
            boolean personSurname = store.lookup("s:" + key).stream()
                    .anyMatch(id -> store.entities.get(id).effectiveType() == ActorType.PERSON);
            for (long id : store.lookup("k:" + key)) {
                Entity e = store.entities.get(id);
                boolean eIsPerson = e.effectiveType() == ActorType.PERSON;
                boolean fits = type == ActorType.PERSON ? !eIsPerson && !personSurname
                        : eIsPerson && !store.hasFullName(e) && !e.personal;
                if (fits && forbidden(names, e, decisions) == null) {
                    out.add(new Candidate(id, 0.8, List.of("one-word name '" + key + "' tagged " + type.name().toLowerCase(Locale.ROOT)
                            + " here and " + e.effectiveType().name().toLowerCase(Locale.ROOT) + " before: one actor, the tagger slipped")));
                }
            }
        }
        return out;
    }

    /**
     * Whether the entity holds the acronym {@code n} by its letters: the same acronym, or a word that is no acronym
     * with its key ("HAMAS" for "Hamas"); an acronym of other letters sharing the key does not count.
     */
    private boolean writesAcronym(Entity e, Name n) {
        String letters = EntityIndex.acronymLetters(n.surface());
        for (String name : e.names.keySet()) {
            boolean other = Acronyms.looksLikeAcronym(name);
            if (other ? EntityIndex.acronymLetters(name).equals(letters) : keys.key(name).equals(n.key())) {
                return true;
            }
        }
        return false;
    }

    private void findOthers(List<Name> names, ActorType type, Map<Long, Candidate> found, List<String> notes) {
        for (Name n : names) {
            if (isShortFormOfAnother(n, names)) {
                continue; // "Zulfiqar" beside "Jaysh Zulfiqar" says nothing the full name does not say better
            }
            if (n.tokens().size() == 1 && generic.isGeneric(n.key())) {
                notes.add("'" + n.surface() + "' is a generic word, not matched across documents");
                continue;
            }
            boolean acronym = Acronyms.looksLikeAcronym(n.surface());
            for (long id : store.lookup("k:" + n.key())) {
                Entity e = store.entities.get(id);
                if (acronym && !writesAcronym(e, n)) {
                    // "ICC" and "OIC", "KIA" and "KIO" share a skeleton: acronyms meet only by their letters.
                    continue;
                }
                boolean main = keys.key(e.displayName(keys)).equals(n.key());
                offer(found, id, main ? 1.0 : 0.9, "same transliteration key '" + n.key() + "' ('" + n.surface() + "')");
            }
            if (type == ActorType.COUNTRY && n.tokens().size() == 1 && Character.isUpperCase(n.display().charAt(0))) {
                for (long id : store.lookup("d:" + n.display().toLowerCase(Locale.ROOT))) {
                    offer(found, id, 0.9, "'" + n.surface() + "' is the nationality word of '" + store.entities.get(id).displayName(keys) + "'");
                }
            }
            for (String t : glossary.translationKeys(n.display())) {
                for (long id : store.lookup("t:" + t)) {
                    offer(found, id, 0.9, "glossary: " + String.join(", ", glossary.explain(n.display())) + " ('" + n.surface() + "')");
                }
            }
            acronyms.offer(n, names, found, notes);
        }
    }

    private static boolean isShortFormOfAnother(Name n, List<Name> names) {
        for (Name other : names) {
            List<String> t = other.tokens();
            if (t.size() > n.tokens().size() && java.util.Collections.indexOfSubList(t, n.tokens()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String forbidden(List<Name> names, Entity e, Decisions decisions) {
        for (Name n : names) {
            for (String key : decisions.keysOf(n.surface())) {
                for (String other : decisions.notSame(key)) {
                    if (e.nameKeys.contains(other)) {
                        return "analyst ruled '" + n.surface() + "' is not the same actor as a name of '" + e.displayName(keys) + "'";
                    }
                }
            }
        }
        return null;
    }

    static boolean compatible(ActorType a, ActorType b) {
        return a == b || (isPlace(a) && isPlace(b));
    }

    static boolean isPlace(ActorType t) {
        return t == ActorType.COUNTRY || t == ActorType.LOCATION;
    }

    static String last(Name n) {
        return n.tokens().get(n.tokens().size() - 1);
    }

    /** Keeps the best score per entity and adds a little for each further distinct piece of evidence. */
    static void offer(Map<Long, Candidate> found, long id, double score, String reason) {
        Candidate cur = found.get(id);
        if (cur == null) {
            found.put(id, new Candidate(id, score, List.of(reason)));
        } else if (!cur.reasons().contains(reason)) {
            List<String> reasons = new ArrayList<>(cur.reasons());
            reasons.add(reason);
            double best = Math.max(cur.score(), score);
            found.put(id, new Candidate(id, Math.min(best + 0.01, Math.max(best, 2.0)), reasons));
        }
    }
}
