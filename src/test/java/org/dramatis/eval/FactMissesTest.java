package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;

/** The nearest miss of a fact that matches nothing: both ends, then the kind and one end (invented actors). */
class FactMissesTest {
    private static final Gold.Fact POST = new Gold.Fact("varan", "role", "keldor", "interior minister", null, null, null,
            List.of("001"));
    private static final Gold.Fact MEMBER = new Gold.Fact("varan", "member", "blue_front", null, null, null, null,
            List.of("001"));

    private static String reason(Gold.Fact g, FactKind kind, String s, String o) {
        int r = FactMisses.reason(g, kind, s, o, null);
        return r < 0 ? "match" : FactMisses.REASONS.get(r);
    }

    @Test
    void reason_namesTheNearestMiss() {
        assertThat(reason(POST, FactKind.ROLE, "varan", "keldor")).isEqualTo("match");
        assertThat(reason(POST, FactKind.MEMBER, "varan", "keldor")).isEqualTo("both ends right, another kind");
        assertThat(reason(POST, FactKind.ROLE, "varan", "ostra")).isEqualTo("kind and subject right, another object");
        assertThat(reason(POST, FactKind.ROLE, "varan", null)).isEqualTo("kind and subject right, object no gold actor");
        assertThat(reason(POST, FactKind.ROLE, "ostra", "keldor")).isEqualTo("kind and object right, another subject");
        assertThat(reason(POST, FactKind.ROLE, "ostra", "lund")).isEqualTo("nothing near it");
        assertThat(reason(POST, FactKind.OPPOSES, "ostra", "varan")).isEqualTo("nothing near it");
        // member and part_of are one kind to the score, so a part_of between the two ends matches
        assertThat(reason(MEMBER, FactKind.PART_OF, "varan", "blue_front")).isEqualTo("match");
    }

    @Test
    void of_countsAGoldFactWhoseActorWasNeverFoundApart() {
        FactMisses misses = FactMisses.of(List.of(POST, MEMBER), List.of(), null, id -> !id.equals("blue_front"));
        assertThat(misses.missed()).containsEntry("an end with no counterpart", 1).containsEntry("nothing near it", 1);
        assertThat(misses.emitted().values()).allMatch(n -> n == 0);
    }
}
