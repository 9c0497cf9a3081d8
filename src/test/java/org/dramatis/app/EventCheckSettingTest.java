package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramatis.learn.EventModels;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;

/**
 * {@code DRAMATIS_EVENT_CHECK} and {@code DRAMATIS_FACT_CHECK}: unset keeps the shipped check, "off" removes it, a
 * probability sets its threshold.
 */
class EventCheckSettingTest {
    @Test
    void theSettingKeepsRemovesOrRetunesTheShippedCheck() {
        EventModels shipped = EventModels.bundled();
        assertThat(shipped).isNotNull();
        assertThat(shipped.check()).as("the jar ships an event check").isNotNull();
        assertThat(Dramatis.eventCheck(null).apply(shipped)).isSameAs(shipped);
        assertThat(Dramatis.eventCheck(" OFF ").apply(shipped).check()).isNull();
        assertThat(Dramatis.eventCheck("0.7").apply(shipped).check().threshold()).isEqualTo(0.7);
        assertThatThrownBy(() -> Dramatis.eventCheck("high")).isInstanceOf(DramatisException.class)
                .hasMessageContaining("DRAMATIS_EVENT_CHECK is 'high'");
        assertThatThrownBy(() -> Dramatis.eventCheck("1.5")).isInstanceOf(DramatisException.class);
    }

    @Test
    void theFactSettingKeepsRemovesOrRetunesTheShippedFactCheckAndLeavesTheEventCheck() {
        EventModels shipped = EventModels.bundled();
        assertThat(shipped.factCheck()).as("the jar ships a fact check").isNotNull();
        assertThat(Dramatis.factCheck(null).apply(shipped)).isSameAs(shipped);
        EventModels off = Dramatis.factCheck("off").apply(shipped);
        assertThat(off.factCheck()).isNull();
        assertThat(off.check()).isSameAs(shipped.check());
        assertThat(Dramatis.factCheck("0.25").apply(shipped).factCheck().threshold()).isEqualTo(0.25);
        assertThatThrownBy(() -> Dramatis.factCheck("-1")).isInstanceOf(DramatisException.class)
                .hasMessage("DRAMATIS_FACT_CHECK is '-1': give off, or the probability from 0 to 1 a fact needs to pass the"
                        + " fact check");
    }
}
