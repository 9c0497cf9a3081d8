package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramatis.learn.EventModels;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;

/** {@code DRAMATIS_EVENT_CHECK}: unset keeps the shipped check, "off" removes it, a probability sets its threshold. */
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
}
