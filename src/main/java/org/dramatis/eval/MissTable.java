package org.dramatis.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two columns ("emitted", "missed") of why items did not match, by reason: {@link EventMisses}, {@link FactMisses}. */
final class MissTable {
    private MissTable() {
    }

    /** Every reason at zero, in order. */
    static Map<String, Integer> zeros(List<String> reasons) {
        Map<String, Integer> m = new LinkedHashMap<>();
        reasons.forEach(r -> m.put(r, 0));
        return m;
    }

    /** The table under {@code title}, a row per reason, as wide as its longest reason. */
    static String table(String title, List<String> reasons, Map<String, Integer> emitted, Map<String, Integer> missed) {
        int width = Math.max(title.length(), reasons.stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-" + width + "s %8s %8s%n", title, "emitted", "missed"));
        for (String r : reasons) {
            b.append(String.format(Locale.ROOT, "  %-" + (width - 2) + "s %8d %8d%n", r, emitted.get(r), missed.get(r)));
        }
        return b.toString();
    }
}
