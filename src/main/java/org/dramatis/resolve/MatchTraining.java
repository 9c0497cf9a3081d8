package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dramatis.learn.LinearClassifier;
import org.dramatis.model.ActorType;

/**
 * Labelled name pairs for the match model from gold alias clusters: every spelling of one entity id across the corpus
 * is paired with the others (positives), and spellings of different ids are paired where a rule could be fooled
 * (hard negatives): a shared word (given or family name, generic head), the same consonant skeleton or vowel key
 * (a country and a name that look alike), an acronym and the names whose initials it has, and a nationality word
 * and other places; plus a fixed stride of ordinary pairs. Deterministic: spellings in sorted order, no sampling.
 */
public final class MatchTraining {
    /** Positive pairs kept per entity (its most frequent spellings first), so a famous actor does not swamp the rest. */
    private static final int MAX_POSITIVES_PER_ENTITY = 45;
    /** Blocks with more spellings than this are generic words; only their first spellings are paired. */
    private static final int MAX_BLOCK = 40;
    /**
     * Each same-actor pair counts this many times: different-actor pairs outnumber them about twenty to one, and the
     * model is asked to be sure two names differ, not that most pairs do.
     */
    private static final int POSITIVE_WEIGHT = 8;
    private static final int[] STRIDES = {7, 31, 101};

    /** One mention's spelling of a gold entity. */
    public record Spelling(String entity, String surface, ActorType type) {
    }

    /** What training produced: the examples and their counts. */
    public record Pairs(List<LinearClassifier.Example> examples, int positives, int hardNegatives, int otherNegatives) {
    }

    private final NameKeys keys;
    private final PairFeatures features;

    public MatchTraining(NameKeys keys) {
        this.keys = keys;
        this.features = new PairFeatures(keys);
    }

    /** The labelled pairs of a corpus's spellings; lowercase spellings (pronouns, descriptions) are left out. */
    public Pairs pairs(List<Spelling> spellings) {
        Map<String, Map<String, Integer>> byEntity = new TreeMap<>();
        Map<String, ActorType> typeOf = new HashMap<>();
        for (Spelling s : spellings) {
            String surface = s.surface().strip().replaceAll("\\s+", " ");
            if (!properName(surface)) {
                continue;
            }
            byEntity.computeIfAbsent(s.entity(), k -> new TreeMap<>()).merge(surface, 1, Integer::sum);
            typeOf.putIfAbsent(s.entity(), s.type());
        }
        List<Entry> all = new ArrayList<>();
        Map<String, List<Entry>> perEntity = new LinkedHashMap<>();
        for (var e : byEntity.entrySet()) {
            Map<String, Entry> distinct = new LinkedHashMap<>();
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(s -> {
                        MatchName n = MatchName.of(s.getKey(), typeOf.get(e.getKey()), keys);
                        if (!n.skeleton().isEmpty()) {
                            distinct.putIfAbsent(n.surface(), new Entry(e.getKey(), n));
                        }
                    });
            perEntity.put(e.getKey(), List.copyOf(distinct.values()));
            all.addAll(distinct.values());
        }
        Owners owners = new Owners(all);
        List<LinearClassifier.Example> out = new ArrayList<>();
        int positives = 0;
        for (List<Entry> names : perEntity.values()) {
            int kept = 0;
            for (int i = 0; i < names.size() && kept < MAX_POSITIVES_PER_ENTITY; i++) {
                for (int j = i + 1; j < names.size() && kept < MAX_POSITIVES_PER_ENTITY; j++, kept++) {
                    LinearClassifier.Example same = example(names.get(i).name(), names.get(j).name(), owners, MatchModel.SAME);
                    for (int w = 0; w < POSITIVE_WEIGHT; w++) {
                        out.add(same);
                    }
                    positives++;
                }
            }
        }
        Set<String> seen = new HashSet<>();
        int hard = 0;
        for (List<Entry> block : blocks(all).values()) {
            for (int i = 0; i < block.size() && i < MAX_BLOCK; i++) {
                for (int j = i + 1; j < block.size() && j < MAX_BLOCK; j++) {
                    if (negative(block.get(i), block.get(j), seen)) {
                        out.add(example(block.get(i).name(), block.get(j).name(), owners, MatchModel.DIFFERENT));
                        hard++;
                    }
                }
            }
        }
        int other = 0;
        List<Entry> sorted = new ArrayList<>(all);
        sorted.sort((x, y) -> x.name().display().compareTo(y.name().display()));
        for (int stride : STRIDES) {
            for (int i = 0; i + stride < sorted.size(); i += 3) {
                if (negative(sorted.get(i), sorted.get(i + stride), seen)) {
                    out.add(example(sorted.get(i).name(), sorted.get(i + stride).name(), owners, MatchModel.DIFFERENT));
                    other++;
                }
            }
        }
        return new Pairs(out, positives, hard, other);
    }

    private record Entry(String entity, MatchName name) {
    }

    private boolean negative(Entry a, Entry b, Set<String> seen) {
        if (a.entity().equals(b.entity())) {
            return false;
        }
        String id = a.name().surface().compareTo(b.name().surface()) < 0
                ? a.entity() + "\t" + a.name().surface() + "\t" + b.entity() + "\t" + b.name().surface()
                : b.entity() + "\t" + b.name().surface() + "\t" + a.entity() + "\t" + a.name().surface();
        return seen.add(id);
    }

    private LinearClassifier.Example example(MatchName a, MatchName b, Owners owners, String label) {
        return new LinearClassifier.Example(features.features(a, b, owners.of(a, b)), label);
    }

    /** Spellings that could be confused, by what they share: a word, a skeleton, a vowel key, acronym letters. */
    private Map<String, List<Entry>> blocks(List<Entry> all) {
        Map<String, List<Entry>> blocks = new TreeMap<>();
        for (Entry e : all) {
            MatchName n = e.name();
            for (String t : new HashSet<>(n.skeleton())) {
                blocks.computeIfAbsent("w:" + t, k -> new ArrayList<>()).add(e);
            }
            blocks.computeIfAbsent("k:" + n.skeletonString(), k -> new ArrayList<>()).add(e);
            blocks.computeIfAbsent("v:" + n.vowelString(), k -> new ArrayList<>()).add(e);
            String letters = n.acronym() ? n.display().toLowerCase(Locale.ROOT) : initials(n);
            if (letters.length() >= 2) {
                blocks.computeIfAbsent("a:" + letters, k -> new ArrayList<>()).add(e);
            }
            if (n.acronym()) {
                // acronyms a letter apart ("US", "UN"): same first letter and length
                blocks.computeIfAbsent("A:" + letters.charAt(0) + letters.length(), k -> new ArrayList<>()).add(e);
            }
            if (keys.countryOfDemonym(n.surface()) != null || n.type() == ActorType.COUNTRY) {
                blocks.computeIfAbsent("n:" + n.vowelString().charAt(0), k -> new ArrayList<>()).add(e);
            }
        }
        return blocks;
    }

    private static String initials(MatchName n) {
        StringBuilder b = new StringBuilder();
        for (String w : n.display().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    private static boolean properName(String s) {
        return s.length() >= 2 && s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().anyMatch(Character::isLetter);
    }

    /** How many full names of compatible type each one-word name of the corpus could be a short form of. */
    private static final class Owners {
        private final Map<String, Set<String>> byWord = new HashMap<>();

        Owners(List<Entry> all) {
            for (Entry e : all) {
                if (e.name().type() == ActorType.PERSON && e.name().skeleton().size() > 1) {
                    List<String> t = e.name().skeleton();
                    byWord.computeIfAbsent(t.get(t.size() - 1), k -> new HashSet<>()).add(e.entity());
                }
            }
        }

        int of(MatchName a, MatchName b) {
            MatchName shorter = a.skeleton().size() <= b.skeleton().size() ? a : b;
            if (shorter.type() != ActorType.PERSON || shorter.skeleton().size() != 1) {
                return PairFeatures.UNKNOWN_OWNERS;
            }
            return byWord.getOrDefault(shorter.skeleton().get(0), Set.of()).size();
        }
    }
}
