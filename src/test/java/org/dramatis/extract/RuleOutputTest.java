package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The latest arrest's participants are a rule output: read-only, the latest one, undone with a failed rule's output. */
class RuleOutputTest {
    private static RuleOutput output() {
        return new RuleOutput(new FactSink(null, null), null);
    }

    @Test
    void lastDetained_isNoneBeforeAnyArrest() {
        assertThat(output().lastDetained()).isNull();
    }

    @Test
    void lastDetained_isTheLatestArrestsParticipantsInTheOrderFound() {
        RuleOutput out = output();
        out.detained(Map.of(3, "target"));
        Map<Integer, String> parts = new LinkedHashMap<>();
        parts.put(7, "actor");
        parts.put(5, "target");
        parts.put(6, "target");

        out.detained(parts);
        parts.put(9, "other");

        assertThat(out.lastDetained()).containsExactly(Map.entry(7, "actor"), Map.entry(5, "target"), Map.entry(6, "target"));
        assertThatThrownBy(() -> out.lastDetained().put(8, "target")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rollback_takesBackTheArrestsOfAFailedRule() {
        RuleOutput out = output();
        out.detained(Map.of(3, "target"));
        RuleOutput.Mark mark = out.mark();
        out.detained(Map.of(4, "target"));

        out.rollback(mark);

        assertThat(out.lastDetained()).containsExactly(Map.entry(3, "target"));
    }
}
