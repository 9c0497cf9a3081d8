package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dramatis.graph.Views.Event;
import org.dramatis.model.EventType;
import org.junit.jupiter.api.Test;

/** The nearest miss of an event that matches nothing: type, then actor, then date (invented actors). */
class EventMissesTest {
    private static final Gold.Event RAID = new Gold.Event("raid", "ASSAULT", "2020-06-25", List.of("guard"), null,
            List.of("001"));

    private static Event event(EventType type, String date) {
        return new Event("k", type, null, date, null, "summary", List.of(), List.of());
    }

    private static String reason(Event e, String... participants) {
        int r = EventMisses.reason(RAID, e, Set.of(participants), Set.of("001"));
        return r < 0 ? "match" : EventMisses.REASONS.get(r);
    }

    @Test
    void reason_namesTheNearestMiss() {
        assertThat(reason(event(EventType.ASSAULT, "2020-06"), "guard")).isEqualTo("match");
        assertThat(reason(event(EventType.ASSAULT, null), "guard")).isEqualTo("type and actor right, no date");
        assertThat(reason(event(EventType.ASSAULT, "2021-01-02"), "guard")).isEqualTo("type and actor right, another date");
        assertThat(reason(event(EventType.ASSAULT, "2020-06-25"), "brigade")).isEqualTo("type and date right, no actor in common");
        assertThat(reason(event(EventType.ASSAULT, "2019"))).isEqualTo("type right, date and actors wrong");
        assertThat(reason(event(EventType.CONSULT, "2020-06-25"), "guard")).isEqualTo("no event of its type");
    }

    @Test
    void reason_anotherDateCountsOnlyFromTheGoldEventsOwnArticle() {
        Event elsewhere = event(EventType.ASSAULT, "2021-01-02");
        assertThat(EventMisses.REASONS.get(EventMisses.reason(RAID, elsewhere, Set.of("guard"), Set.of("002"))))
                .isEqualTo("type and actor right, other date and article");
        assertThat(EventMisses.REASONS.get(EventMisses.reason(RAID, elsewhere, Set.of("guard"), Set.of("001", "002"))))
                .isEqualTo("type and actor right, another date");
    }
}
