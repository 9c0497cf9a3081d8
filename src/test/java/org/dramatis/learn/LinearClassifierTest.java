package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label weights shift the model towards the labels they favour, and training stays deterministic. */
class LinearClassifierTest {
    private static List<LinearClassifier.Example> examples() {
        List<LinearClassifier.Example> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(new LinearClassifier.Example(List.of("w=said", "n=" + (i % 3)), i % 5 == 0 ? "backs>" : "none"));
        }
        return out;
    }

    @Test
    void train_withALowerWeightOnNoneRaisesTheOtherLabels() {
        LinearClassifier plain = LinearClassifier.train(examples(), 1.0, 1);
        LinearClassifier weighted = LinearClassifier.train(examples(), 1.0, 1, Map.of("none", 0.2));
        List<String> said = List.of("w=said", "n=0");
        assertThat(plain.predict(said).label()).isEqualTo("none");
        assertThat(weighted.predict(said).of("backs>")).isGreaterThan(plain.predict(said).of("backs>") + 0.1);
        assertThat(LinearClassifier.train(examples(), 1.0, 1, Map.of("none", 0.2)).predict(said))
                .isEqualTo(weighted.predict(said));
        assertThat(LinearClassifier.train(examples(), 1.0, 1, Map.of()).predict(said)).isEqualTo(plain.predict(said));
    }
}
