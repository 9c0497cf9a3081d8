package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramatis.learn.EventModels;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;

/**
 * {@code DRAMATIS_EVENT_CHECK}, {@code DRAMATIS_FACT_CHECK} and {@code DRAMATIS_POST_BODIES}: unset keeps the shipped
 * check or chooser, "off" removes it, a probability sets its threshold.
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

    @Test
    void thePostBodiesSettingKeepsRemovesOrRetunesTheShippedChooserAndLeavesTheChecks() {
        EventModels shipped = EventModels.bundled();
        assertThat(shipped.bodyChooser()).as("the jar ships a post-body chooser").isNotNull();
        assertThat(Dramatis.postBodies(null).apply(shipped)).isSameAs(shipped);
        EventModels off = Dramatis.postBodies("off").apply(shipped);
        assertThat(off.bodyChooser()).isNull();
        assertThat(off.factCheck()).isSameAs(shipped.factCheck());
        assertThat(Dramatis.postBodies("0.6").apply(shipped).bodyChooser().threshold()).isEqualTo(0.6);
        assertThatThrownBy(() -> Dramatis.postBodies("2")).isInstanceOf(DramatisException.class)
                .hasMessage("DRAMATIS_POST_BODIES is '2': give off, or the probability from 0 to 1 a candidate body needs to"
                        + " pass the post-body chooser's check");
    }
}
