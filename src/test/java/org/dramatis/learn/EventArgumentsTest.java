package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.extract.EventClaim;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * The argument model's say on a rule event's participants ({@link HybridExtractor#argued}), on readings written for the
 * test: who leaves, who stays, and that the model adds no one.
 */
class EventArgumentsTest {
    private static LinearClassifier.Prediction reading(String label, double p) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (String l : List.of("src", "tgt", "oth", "place", "none")) {
            all.put(l, l.equals(label) ? p : (1 - p) / 4);
        }
        return new LinearClassifier.Prediction(label, p, all);
    }

    private static EventClaim attack(Modality modality, EventClaim.Participant... parts) {
        return new EventClaim(EventType.ASSAULT, null, "2023-03-13", null, List.of(parts), "attack", modality, 0,
                "attacked");
    }

    @Test
    void aParticipantTheModelIsSureTakesNoPartLeavesAndADoubtfulOneStays() {
        EventClaim e = attack(Modality.ASSERTED, new EventClaim.Participant(3, "actor"), new EventClaim.Participant(2, "target"),
                new EventClaim.Participant(1, "other"));
        Map<Integer, LinearClassifier.Prediction> read = Map.of(3, reading("none", 0.95), 2, reading("none", 0.6),
                1, reading("src", 0.5));
        assertThat(HybridExtractor.argued(e, read).participants())
                .containsExactly(new EventClaim.Participant(2, "target"), new EventClaim.Participant(1, "other"));
    }

    @Test
    void aConfidentSourceTheRulesLeftOutIsNotAdded() {
        EventClaim e = attack(Modality.ASSERTED, new EventClaim.Participant(2, "target"));
        Map<Integer, LinearClassifier.Prediction> read = Map.of(0, reading("src", 0.95), 2, reading("tgt", 0.9));
        assertThat(HybridExtractor.argued(e, read)).isSameAs(e);
    }

    @Test
    void aMentionTheModelDidNotReadStays() {
        EventClaim e = attack(Modality.ASSERTED, new EventClaim.Participant(4, "actor"));
        assertThat(HybridExtractor.argued(e, Map.of(0, reading("none", 0.99)))).isSameAs(e);
    }

    @Test
    void aHypotheticalDeedKeepsItsParticipants() {
        EventClaim e = attack(Modality.HYPOTHETICAL, new EventClaim.Participant(3, "actor"));
        assertThat(HybridExtractor.argued(e, Map.of(3, reading("none", 0.99)))).isSameAs(e);
    }
}
