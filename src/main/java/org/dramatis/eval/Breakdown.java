package org.dramatis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Recall and precision of one relation kind or event type: {@code recovered} of {@code total} gold items found, and
 * {@code correct} of {@code system} items of that key matching some gold item.
 */
public record Breakdown(String key, int recovered, int total, int correct, int system) {

    public double recall() {
        return total == 0 ? 0 : recovered / (double) total;
    }

    public double precision() {
        return system == 0 ? 0 : correct / (double) system;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * One row per key met in the gold or the system items, sorted by key: {@code goldKey} and {@code systemKey} name each
     * item's key, {@code recovered} and {@code correct} say whether a gold item was found and a system item is right.
     */
    static <G, S> List<Breakdown> of(List<G> gold, Function<G, String> goldKey, Predicate<G> recovered,
                                     List<S> system, Function<S, String> systemKey, Predicate<S> correct) {
        Map<String, int[]> counts = new TreeMap<>();
        for (G g : gold) {
            int[] c = counts.computeIfAbsent(goldKey.apply(g), k -> new int[4]);
            c[1]++;
            if (recovered.test(g)) {
                c[0]++;
            }
        }
        for (S s : system) {
            int[] c = counts.computeIfAbsent(systemKey.apply(s), k -> new int[4]);
            c[3]++;
            if (correct.test(s)) {
                c[2]++;
            }
        }
        List<Breakdown> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(new Breakdown(k, c[0], c[1], c[2], c[3])));
        return rows;
    }

    /** A table headed {@code title}: key, recall, precision, F1 and the counts behind them. */
    static String table(String title, List<Breakdown> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%-22s %8s %8s %8s %9s %9s%n", title, "recall", "prec.", "F1", "found", "right"));
        for (Breakdown r : rows) {
            b.append(String.format(Locale.ROOT, "  %-20s %8.3f %8.3f %8.3f %9s %9s%n", r.key(), r.recall(), r.precision(),
                    r.f1(), r.recovered() + "/" + r.total(), r.correct() + "/" + r.system()));
        }
        return b.toString();
    }
}
