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

    @Test
    void aModelLoadedAndSavedAgainKeepsItsWeightsWithTheirFeatures() throws Exception {
        List<LinearClassifier.Example> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Enough features that a hash map's order differs from the file's.
            many.add(new LinearClassifier.Example(List.of("f" + i, "g" + i % 7, "h" + i % 11), i % 3 == 0 ? "a" : "b"));
        }
        LinearClassifier trained = LinearClassifier.train(many, 1.0, 1);
        java.io.StringWriter first = new java.io.StringWriter();
        trained.save(first);
        LinearClassifier loaded = LinearClassifier.load(new java.io.ByteArrayInputStream(
                first.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "first");
        java.io.StringWriter second = new java.io.StringWriter();
        loaded.save(second);
        assertThat(second.toString()).isEqualTo(first.toString());
        LinearClassifier again = LinearClassifier.load(new java.io.ByteArrayInputStream(
                second.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "second");
        for (LinearClassifier.Example e : many) {
            assertThat(again.predict(e.features())).isEqualTo(trained.predict(e.features()));
        }
    }
}
