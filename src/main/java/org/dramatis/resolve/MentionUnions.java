package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Union-find over mention positions, keeping the reason of each join with the mention that joined. */
final class MentionUnions {
    private final int[] parent;
    private final Map<Integer, List<String>> reasons = new HashMap<>();

    MentionUnions(int n) {
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
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        if (reason != null) {
            reasons.computeIfAbsent(b, k -> new ArrayList<>()).add(reason);
        }
    }

    void note(int i, String reason) {
        reasons.computeIfAbsent(i, k -> new ArrayList<>()).add(reason);
    }

    List<String> reasons(int i) {
        return reasons.getOrDefault(i, List.of());
    }
}
