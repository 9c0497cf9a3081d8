package org.dramatis.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;

/**
 * Stops merges the rules would make when the {@link MatchModel match model} is confident the names differ: a cluster
 * joins an entity only if some pair of their names scores at least the veto threshold, and two persons' full names
 * must do so on their own (two different full names are never one person because a bare surname fits both). The
 * threshold is {@value #DEFAULT_THRESHOLD} unless {@code -Ddramatis.match.veto=P} or {@code DRAMATIS_MATCH_VETO=P}
 * says otherwise; 0 turns the veto off.
 */
public final class MatchVeto {
    /**
     * The default: on dev's gold (evaluation only, never trained on), 5 of 271 same-actor spelling pairs score below
     * it, none of them a pair the rules join by name.
     */
    public static final double DEFAULT_THRESHOLD = 0.05;
    static final String PROPERTY = "dramatis.match.veto";
    static final String ENV = "DRAMATIS_MATCH_VETO";
    /** An entity's names compared with a cluster's, most frequent first; keeps the cost per cluster bounded. */
    private static final int MAX_ENTITY_NAMES = 16;
    private final MatchModel model;
    private final NameKeys keys;
    private final double threshold;

    public MatchVeto(MatchModel model, NameKeys keys, double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("match veto threshold " + threshold + " is not a probability between 0 and 1");
        }
        this.model = model;
        this.keys = keys;
        this.threshold = threshold;
    }

    /** The bundled model with the threshold from the settings; off when the jar has no model. */
    public static MatchVeto fromSettings(NameKeys keys) {
        return new MatchVeto(MatchModel.bundled(keys), keys, threshold(System.getProperty(PROPERTY), System.getenv(ENV)));
    }

    /** A veto that never vetoes. */
    public static MatchVeto off(NameKeys keys) {
        return new MatchVeto(null, keys, 0);
    }

    /** The threshold a system property or environment value gives (the property wins), else the default. */
    static double threshold(String property, String env) {
        String value = property != null ? property : env;
        String from = property != null ? "-D" + PROPERTY : ENV;
        if (value == null || value.isBlank()) {
            return DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(value.strip());
            if (t >= 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DramatisException(from + ": '" + value + "' is not a probability between 0 and 1 (the match veto threshold, default "
                + DEFAULT_THRESHOLD + "; 0 turns the veto off)");
    }

    public boolean active() {
        return model != null && threshold > 0;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Why the cluster's names must not join an entity with {@code entityNames} (name to mention count), or null when
     * they may. {@code owners} gives, for a one-word person name, how many full-name persons of the corpus have it as
     * surname.
     */
    String vetoJoin(Collection<String> names, ActorType type, Map<String, Integer> entityNames, ActorType entityType,
                    String entityName, ToIntFunction<MatchName> owners) {
        if (!active() || names.isEmpty() || entityNames.isEmpty()) {
            return null;
        }
        List<MatchName> ours = names.stream().map(n -> MatchName.of(n, type, keys)).filter(n -> !n.skeleton().isEmpty()).toList();
        List<MatchName> theirs = entityNames.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ENTITY_NAMES).map(e -> MatchName.of(e.getKey(), entityType, keys))
                .filter(n -> !n.skeleton().isEmpty()).toList();
        if (ours.stream().anyMatch(a -> theirs.stream().anyMatch(b -> transliterations(a, b) || knownVariants(a, b)))) {
            return null;
        }
        Best best = best(ours, theirs, owners);
        if (best == null) {
            return null;
        }
        if (best.p < threshold) {
            return String.format(Locale.ROOT, "new entity: match model vetoed joining '%s': its closest pair of names, '%s' and "
                    + "'%s', scores %.3f, below the veto threshold %.2f", entityName, best.a.surface(), best.b.surface(), best.p, threshold);
        }
        if (type == ActorType.PERSON && entityType == ActorType.PERSON) {
            Best full = best(ours.stream().filter(n -> n.skeleton().size() > 1).toList(),
                    theirs.stream().filter(n -> n.skeleton().size() > 1).toList(), owners);
            if (full != null && full.p < threshold) {
                return String.format(Locale.ROOT, "new entity: '%s' and '%s' are two different full names (match model %.3f, below "
                        + "%.2f), so not one person even if a shorter name fits both", full.a.surface(), full.b.surface(), full.p, threshold);
            }
        }
        return null;
    }

    /**
     * Why two mentions of one document must not join (model confident they differ), or null. Used by the document
     * clusterer for joins made on the names' likeness.
     */
    String vetoPair(String a, ActorType typeA, String b, ActorType typeB) {
        if (!active()) {
            return null;
        }
        MatchName x = MatchName.of(a, typeA, keys);
        MatchName y = MatchName.of(b, typeB, keys);
        if (x.skeleton().isEmpty() || y.skeleton().isEmpty() || x.display().equalsIgnoreCase(y.display()) || transliterations(x, y)
                || knownVariants(x, y)) {
            return null;
        }
        double p = model.same(x, y, PairFeatures.UNKNOWN_OWNERS);
        return p >= threshold ? null : String.format(Locale.ROOT,
                "match model vetoed joining '%s' and '%s': %.3f, below the veto threshold %.2f", a.strip(), b.strip(), p, threshold);
    }

    /**
     * Whether a person's full name and another full name (two words or more each; the other perhaps typed as a place or
     * group by the tagger) have the same consonant skeleton, word for word: then
     * they are transliterations of one name ("Bajan al-Nanikufi" and "Bejjen al-Nenikofi", "Ghadir" and "Qadir"), and
     * since vowels and a q/gh vary from outlet to outlet, the model's vowel features must not split them. The one
     * exemption both the corpus join ({@link #vetoJoin}) and the in-document join ({@link #vetoPair}) apply.
     */
    static boolean transliterations(MatchName a, MatchName b) {
        // One side a person is enough: the other is the same full name the tagger typed as a place or group (the model's
        // type features learned from gold types, which never slip, so they doubt such a pair more than its names do).
        return (a.type() == ActorType.PERSON || b.type() == ActorType.PERSON) && a.skeleton().size() > 1
                && a.skeleton().equals(b.skeleton());
    }

    /**
     * Whether two persons' names are spellings of one name that the rules know and the model's letter features cannot
     * see ({@link FullNames#knownVariants}: a g for a q, a u read as w).
     */
    private boolean knownVariants(MatchName a, MatchName b) {
        return a.type() == ActorType.PERSON && b.type() == ActorType.PERSON
                && FullNames.knownVariants(keys, a.display(), b.display());
    }

    private record Best(MatchName a, MatchName b, double p) {
    }

    private Best best(List<MatchName> ours, List<MatchName> theirs, ToIntFunction<MatchName> owners) {
        Best best = null;
        for (MatchName a : ours) {
            for (MatchName b : theirs) {
                MatchName shorter = a.skeleton().size() <= b.skeleton().size() ? a : b;
                int o = shorter.type() == ActorType.PERSON && shorter.skeleton().size() == 1 ? owners.applyAsInt(shorter)
                        : PairFeatures.UNKNOWN_OWNERS;
                // One name written alike is left to the rules (a state and its territory, a body of one country).
                double p = a.display().equalsIgnoreCase(b.display()) ? 1 : model.same(a, b, o);
                if (best == null || p > best.p) {
                    best = new Best(a, b, p);
                }
            }
        }
        return best;
    }
}
