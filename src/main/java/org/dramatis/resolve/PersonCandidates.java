package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.CandidateFinder.Candidate;
import org.dramatis.resolve.CandidateFinder.Name;

/**
 * The person path of {@link CandidateFinder}: which person entities a person cluster may join (a full name by key,
 * surname block and given name; a bare surname only when one full-name person holds it), and which entity of another
 * type a person's full name the tagger mistyped may join. Through the blocking index only, never a scan.
 */
final class PersonCandidates {
    private static final int MAX_GIVEN_NAME_BLOCK = 64;
    /** How many owners of an ambiguous bare surname are looked at and named. */
    private static final int MAX_NAMED_OWNERS = 3;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final NameKeys keys;
    private final EntityIndex store;
    private final PersonShape personShape;

    PersonCandidates(NameKeys keys, EntityIndex store, PersonShape personShape) {
        this.keys = keys;
        this.store = store;
        this.personShape = personShape;
    }

    /**
     * Taggers also type a person's full name as a group or a place in one article ("Farid al-Kubaisi" as ORGANIZATION).
     * When nothing of the cluster's own type matches, a full name shaped like a person's ({@link PersonShape}) joins a
     * person entity with a name of the same key, all words matching; a person's full name joins such a group or place
     * entity the same way. A name used as a place or a group's ("in X", "the X", "X Foundation") or one with an
     * organization head word ("X Brigades") never crosses, nor does a join {@code allowed} refuses (an analyst's ruling).
     */
    List<Candidate> acrossTypes(List<Name> names, ActorType type, Predicate<Entity> allowed) {
        List<Name> full = names.stream().filter(n -> n.tokens().size() > 1).toList();
        if (full.isEmpty() || full.stream().anyMatch(n -> type != ActorType.PERSON && !personShape.fits(n.surface(), type))) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Name n : full) {
            String key = personShape.personKey(n.surface());
            for (long id : store.lookup("k:" + key)) {
                Entity e = store.entities.get(id);
                boolean eIsPerson = e.effectiveType() == ActorType.PERSON;
                if ((type == ActorType.PERSON) == eIsPerson || (!eIsPerson && !personShaped(e)) || !hasFullName(e, key)
                        || !allowed.test(e) || !seen.add(id)) {
                    continue;
                }
                out.add(new Candidate(id, 0.9, List.of("full name '" + n.surface() + "' tagged " + type.name().toLowerCase(Locale.ROOT)
                        + " here and " + e.effectiveType().name().toLowerCase(Locale.ROOT) + " before, every word matching '"
                        + e.displayName(keys) + "': a person's name, the tagger slipped")));
            }
        }
        return out;
    }

    /** Whether a group or place entity was never used impersonally and each of its longer names could be a person's. */
    private boolean personShaped(Entity e) {
        if (e.impersonal) {
            return false;
        }
        for (String name : e.names.keySet()) {
            if (keys.tokens(keys.display(name, e.effectiveType())).size() > 1 && !personShape.fits(name, e.effectiveType())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the entity has a name of two or more words whose key, read as a person's name, is {@code key}. */
    private boolean hasFullName(Entity e, String key) {
        for (String name : e.names.keySet()) {
            String k = personShape.personKey(name);
            if (k.equals(key) && k.indexOf(' ') > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person entities a person cluster's names may belong to, into {@code found}: a full name by its key, by its
     * surname block ({@link #personBlock}) and by its given name; a bare name as the surname of the only full-name person
     * holding it (unless {@code noSurname} says why it is none here, or it is also another person's given name), or as
     * a one-word name one entity holds. {@code notes} receives why a candidate was refused.
     */
    void find(List<Name> names, String noSurname, Map<Long, Candidate> found, List<String> notes) {
        List<Name> full = names.stream().filter(n -> n.tokens().size() > 1).toList();
        if (!full.isEmpty()) {
            for (Name n : full) {
                for (long id : store.lookup("k:" + n.key())) {
                    CandidateFinder.offer(found, id, 1.0, "same transliteration key '" + n.key() + "' ('" + n.surface() + "')");
                }
                // Surname and the given name's first letter: a common surname's whole block grows with the corpus, and
                // the given-name comparison (equal, or Jaro-Winkler >= 0.9) practically never crosses first letters.
                personBlock(n, store.lookup(EntityIndex.surnameBlock(n.tokens())), found, notes, false);
                String q = qafBlock(n);
                if (q != null) {
                    personBlock(n, store.lookup(q), found, notes, false);
                }
                Set<Long> sameGiven = store.lookup("g:" + n.tokens().get(0));
                if (sameGiven.size() <= MAX_GIVEN_NAME_BLOCK) {
                    personBlock(n, sameGiven, found, notes, true);
                }
            }
            return;
        }
        for (Name n : names) {
            String surname = CandidateFinder.last(n);
            // A common surname's block grows with the corpus; deciding "one owner or not" needs only the first few.
            List<Entity> owners = new ArrayList<>();
            Set<Long> block = store.lookup("s:" + surname);
            for (long id : block) {
                Entity e = store.entities.get(id);
                if (e.effectiveType() == ActorType.PERSON) {
                    owners.add(e);
                    if (owners.size() == MAX_NAMED_OWNERS) {
                        break;
                    }
                }
            }
            Entity given = owners.size() == 1 ? store.givenNameOfAnother(n.key(), owners.get(0)) : null;
            if (given != null) {
                notes.add("'" + n.surface() + "' is ambiguous: surname of '" + owners.get(0).displayName(keys)
                        + "' and given name of '" + given.displayName(keys) + "'");
            } else if (owners.size() == 1 && noSurname != null) {
                notes.add("'" + n.surface() + "' " + noSurname + ": no surname of '" + owners.get(0).displayName(keys) + "'");
            } else if (owners.size() == 1) {
                CandidateFinder.offer(found, owners.get(0).id, 0.8, "'" + n.surface() + "' is the surname of the only full-name entity '"
                        + owners.get(0).displayName(keys) + "'");
            } else if (owners.size() > 1) {
                String count = owners.size() < MAX_NAMED_OWNERS ? String.valueOf(owners.size()) : MAX_NAMED_OWNERS + " or more";
                notes.add("'" + n.surface() + "' is ambiguous: surname of " + count + " entities ("
                        + String.join(", ", owners.stream().map(e -> "'" + e.displayName(keys) + "'").toList()) + ")");
            }
            Set<Long> holders = store.lookup("k:" + n.key());
            for (long id : holders) {
                Entity e = store.entities.get(id);
                if (!store.hasFullName(e)) {
                    CandidateFinder.offer(found, id, 0.75, "same bare name key '" + n.key() + "'");
                } else if (owners.isEmpty() && holders.size() == 1 && e.effectiveType() == ActorType.PERSON) {
                    // A one-word name ("Abu Layth") no full name ends with, held by one person only (a stated alias).
                    CandidateFinder.offer(found, id, 0.75, "'" + n.surface() + "' is a name only '" + e.displayName(keys) + "' holds");
                }
            }
        }
    }

    /**
     * The surname block of the same name with a given name written with the other of g and q ("Gasim" for "Qasim"): the
     * blocks are cut by the given name's first key letter, and the skeleton writes q as k. Null when the given name as
     * spelled starts with neither.
     */
    private String qafBlock(Name n) {
        String first = keys.ascii(n.display()).strip();
        if (first.isEmpty() || n.tokens().get(0).isEmpty()) {
            return null;
        }
        char c = first.charAt(0);
        String swapped = c == 'g' ? "q" : c == 'q' ? "g" : null;
        if (swapped == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>(n.tokens());
        tokens.set(0, keys.skeleton(swapped + first.substring(1).split("[^a-z0-9]", 2)[0]));
        String block = EntityIndex.surnameBlock(tokens);
        return block.equals(EntityIndex.surnameBlock(n.tokens())) ? null : block;
    }

    /**
     * Compares a full name with the full names of a block: same surname needs a compatible given name, and two names of
     * three or more words need the same middle names too ("Mohammed Baqir al-Sadr" is not "Mohammed Sadiq al-Sadr").
     */
    private void personBlock(Name n, Set<Long> block, Map<Long, Candidate> found, List<String> notes, boolean byGivenName) {
        for (long id : block) {
            Entity e = store.entities.get(id);
            for (String other : e.names.keySet()) {
                List<String> t = keys.tokens(keys.display(other, e.effectiveType()));
                if (t.size() < 2) {
                    continue;
                }
                String given = n.tokens().get(0);
                String otherGiven = t.get(0);
                double surnameSim = JW.apply(CandidateFinder.last(n), t.get(t.size() - 1));
                double givenSim = JW.apply(given, otherGiven);
                String otherDisplay = keys.display(other, e.effectiveType());
                boolean middlesDiffer = FullNames.middlesDiffer(n.tokens(), t);
                if (middlesDiffer && surnameSim == 1.0 && given.equals(otherGiven)
                        && FullNames.middleQafAlike(keys, n.display(), otherDisplay)) {
                    if (!byGivenName) {
                        CandidateFinder.offer(found, id, 0.9, "'" + n.surface() + "' and '" + other + "' differ only by a middle name"
                                + " one writes with g where the other writes q (one letter, qaf)");
                    }
                } else if (middlesDiffer) {
                    notes.add("'" + n.surface() + "' and '" + other + "' differ in their middle names");
                } else if (!byGivenName && surnameSim == 1.0) {
                    if (given.equals(otherGiven)) {
                        CandidateFinder.offer(found, id, 0.95, "same surname '" + CandidateFinder.last(n) + "' and given name '" + given + "' ('" + other + "')");
                    } else if (FullNames.givenQafAlike(keys, n.display(), otherDisplay)) {
                        CandidateFinder.offer(found, id, 0.85, "same surname '" + CandidateFinder.last(n) + "', and given names '"
                                + given + "'/'" + otherGiven + "' one writes with g where the other writes q (one letter, qaf)");
                    } else if (givenSim >= 0.9 && Math.min(given.length(), otherGiven.length()) >= 3
                            && FullNames.spelledAlike(keys, n.display(), keys.display(other, e.effectiveType()))) {
                        CandidateFinder.offer(found, id, 0.85, String.format(Locale.ROOT, "same surname '%s', Jaro-Winkler %.2f on given names '%s'/'%s'",
                                CandidateFinder.last(n), givenSim, given, otherGiven));
                    } else {
                        notes.add("'" + n.surface() + "' and '" + other + "' share the surname but not the given name");
                    }
                } else if (byGivenName && FullNames.writtenWithin(n.tokens(), t)) {
                    CandidateFinder.offer(found, id, 0.8, "'" + n.surface() + "' and '" + other + "' write one name within the other, in order,"
                            + " from the same given name");
                } else if (byGivenName && given.equals(otherGiven) && surnameSim < 1.0 && n.tokens().size() == t.size()
                        && n.tokens().subList(0, t.size() - 1).equals(t.subList(0, t.size() - 1))
                        && FullNames.surnameGlideAlike(keys, n.display(), otherDisplay)) {
                    CandidateFinder.offer(found, id, 0.8, "same given name '" + given + "', and surnames '" + CandidateFinder.last(n)
                            + "'/'" + t.get(t.size() - 1) + "' alike once a u before a vowel is read as w ('" + other + "')");
                } else if (byGivenName && given.equals(otherGiven) && surnameSim < 1.0 && surnameSim >= 0.93
                        && Math.min(CandidateFinder.last(n).length(), t.get(t.size() - 1).length()) >= 4) {
                    CandidateFinder.offer(found, id, 0.8, String.format(Locale.ROOT, "same given name '%s', Jaro-Winkler %.2f on surnames '%s'/'%s'",
                            given, surnameSim, CandidateFinder.last(n), t.get(t.size() - 1)));
                }
            }
        }
    }
}
