package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Union-find over mention positions, keeping the reason of each join with the mention that joined. A {@link Guard}
 * may refuse a join; the refusal is noted with the mention instead.
 */
final class MentionUnions {
    /** Cannot-link constraints: why two clusters must not join, or null when they may. */
    interface Guard {
        String veto(int a, int b, String reason, List<Integer> left, List<Integer> right);
    }

    private final int[] parent;
    private final Map<Integer, List<String>> reasons = new HashMap<>();
    /** The mention pairs a guard refused to join, in order. */
    private final List<int[]> refused = new ArrayList<>();
    private final Guard guard;

    MentionUnions(int n) {
        this(n, null);
    }

    MentionUnions(int n, Guard guard) {
        this.guard = guard;
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void join(int a, int b, String reason) {
        int ra = find(a);
        int rb = find(b);
        String refused = ra == rb || guard == null ? null : guard.veto(a, b, reason, members(ra), members(rb));
        if (refused != null) {
            refuse(a, b, refused);
            return;
        }
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        if (reason != null) {
            reasons.computeIfAbsent(b, k -> new ArrayList<>()).add(reason);
        }
    }

    private List<Integer> members(int root) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == root) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The last position below {@code end} that passes the test, when every position that passes lies in one cluster;
     * -1 when none passes or they lie in several. The rules use it to bind a name only to an unambiguous owner.
     */
    int onlyCluster(int end, IntPredicate test) {
        Set<Integer> roots = new HashSet<>();
        int last = -1;
        for (int j = 0; j < end; j++) {
            if (test.test(j)) {
                roots.add(find(j));
                last = j;
            }
        }
        return roots.size() == 1 ? last : -1;
    }

    /** Records that a rule refused to join {@code a} and {@code b}, as a guard's refusal is: noted with {@code b}. */
    void refuse(int a, int b, String why) {
        note(b, "not joined: " + why);
        refused.add(new int[] {a, b});
    }

    /** The mention pairs a guard or rule refused to join, in order of refusal. */
    List<int[]> refusals() {
        return refused;
    }

    void note(int i, String reason) {
        reasons.computeIfAbsent(i, k -> new ArrayList<>()).add(reason);
    }

    List<String> reasons(int i) {
        return reasons.getOrDefault(i, List.of());
    }
}
