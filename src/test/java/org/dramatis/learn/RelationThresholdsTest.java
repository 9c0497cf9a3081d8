package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Per-kind thresholds of the relation model, chosen by cross-validation over invented examples. */
class RelationThresholdsTest {
    /**
     * Twelve articles; in each, three of the eight pairs with the cue "x" oppose and the other five are none, twenty
     * pairs without it are none: "opposes" never gets half of the probability, so one threshold of 0.5 never finds it.
     */
    private static List<LinearClassifier.Example> examples(List<Integer> starts) {
        List<LinearClassifier.Example> out = new ArrayList<>();
        for (int article = 0; article < 12; article++) {
            starts.add(out.size());
            for (int i = 0; i < 8; i++) {
                out.add(new LinearClassifier.Example(Set.of("x"), i < 3 ? "opposes>" : RelationModel.NONE));
            }
            for (int i = 0; i < 20; i++) {
                out.add(new LinearClassifier.Example(Set.of("y"), RelationModel.NONE));
            }
        }
        return out;
    }

    @Test
    void aRareKindGetsAThresholdUnderAHalfAndIsThenFound() {
        List<Integer> starts = new ArrayList<>();
        List<LinearClassifier.Example> examples = examples(starts);
        RelationModel model = RelationModel.train(examples, starts, 1.0, null);
        RelationModel again = RelationModel.train(examples, starts, 1.0, null);
        assertThat(model.thresholds().of("opposes")).isLessThan(0.4).isEqualTo(again.thresholds().of("opposes"));
        assertThat(model.thresholds().of("backs")).isEqualTo(RelationThresholds.DEFAULT);

        LinearClassifier.Prediction cue = model.classifier().predict(Set.of("x"));
        assertThat(cue.of("opposes>")).isLessThan(0.5);
        RelationModel.Decision d = model.decide(cue, 0.5);
        assertThat(d).isNotNull();
        assertThat(d.label()).isEqualTo("opposes>");
        assertThat(d.probability()).isGreaterThanOrEqualTo(0.5);
        assertThat(model.decide(model.classifier().predict(Set.of("y")), 0.5)).isNull();
        // Without the chosen threshold the same reading finds nothing.
        RelationModel plain = new RelationModel(model.classifier(), null, RelationThresholds.none());
        assertThat(plain.decide(cue, 0.5)).isNull();
    }

    @Test
    void tooFewArticlesForFoldsKeepTheDefault() {
        List<Integer> starts = new ArrayList<>();
        List<LinearClassifier.Example> examples = examples(starts);
        assertThat(RelationThresholds.choose(examples.subList(0, starts.get(9)), starts.subList(0, 9), 1.0)).isNull();
    }

    @Test
    void thresholdsRoundTripThroughTheirFileAndABadLineIsNamed() throws IOException {
        List<Integer> starts = new ArrayList<>();
        RelationThresholds t = RelationModel.train(examples(starts), starts, 1.0, null).thresholds();
        StringWriter w = new StringWriter();
        t.save(w);
        RelationThresholds read = RelationThresholds.load(
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertThat(read.of("opposes")).isEqualTo(t.of("opposes"));
        assertThat(read.describe()).isEqualTo(t.describe());
        assertThatThrownBy(() -> RelationThresholds.load(new ByteArrayInputStream(
                "# kinds\nopposes\t1.5\t0.4\t20\n".getBytes(StandardCharsets.UTF_8)), "t.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("t.tsv line 2").hasMessageContaining("opposes\t1.5");
    }

    @Test
    void aSymmetricKindHasOneLabelWhateverTheOrder() {
        assertThat(RelationModel.label(org.dramatis.model.FactKind.ASSOCIATE, false)).isEqualTo("associate>");
        assertThat(RelationModel.label(org.dramatis.model.FactKind.BACKS, false)).isEqualTo("backs<");
        assertThat(RelationModel.label(org.dramatis.model.FactKind.BACKS, true)).isEqualTo("backs>");
    }
}
