package org.dramatis.dev.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double[] ONE_TO_HUNDRED = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

    @Test
    void percentile_usesNearestRank() {
        assertThat(Stats.percentile(ONE_TO_HUNDRED, 50)).isEqualTo(50);
        assertThat(Stats.percentile(ONE_TO_HUNDRED, 95)).isEqualTo(95);
        assertThat(Stats.percentile(ONE_TO_HUNDRED, 99)).isEqualTo(99);
        assertThat(Stats.percentile(ONE_TO_HUNDRED, 100)).isEqualTo(100);
        assertThat(Stats.percentile(new double[] {7, 1, 3}, 50)).isEqualTo(3);
        assertThat(Stats.percentile(new double[] {4}, 1)).isEqualTo(4);
    }

    @Test
    void percentile_doesNotReorderTheCallersSamples() {
        double[] samples = {3, 1, 2};
        Stats.percentile(samples, 95);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void percentile_rejectsNoSamplesAndOutOfRangeRanks() {
        assertThatThrownBy(() -> Stats.percentile(new double[0], 50)).hasMessageContaining("no samples");
        assertThatThrownBy(() -> Stats.percentile(ONE_TO_HUNDRED, 0)).hasMessageContaining("percentile 0.0");
        assertThatThrownBy(() -> Stats.percentile(ONE_TO_HUNDRED, 101)).hasMessageContaining("101");
    }

    @Test
    void median_averagesTheMiddlePairOfAnEvenCount() {
        assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void ratio_andRate_divideAndRefuseAZeroBase() {
        assertThat(Stats.ratio(8, 10)).isEqualTo(0.8);
        assertThat(Stats.perSecond(500, 250_000_000L)).isEqualTo(2000);
        assertThatThrownBy(() -> Stats.ratio(1, 0)).hasMessageContaining("positive");
    }

    @Test
    void ingestResult_derivesThroughputRatiosFromMedians() {
        // 1,000 tokens: CoreNLP 1 s, pipeline 1.25 s on 1 thread and 0.625 s on 2, extraction 0.2 s.
        IngestBench.Result r = new IngestBench.Result(10, 1000, 1_000_000_000L, 600_000_000L, 200_000_000L,
                1_250_000_000L, 625_000_000L, 1000);
        assertThat(r.nlpTokensPerSecond()).isEqualTo(1000);
        assertThat(r.pipeline1TokensPerSecond()).isEqualTo(800);
        assertThat(r.pipelineOverNlp()).isEqualTo(0.8);
        assertThat(r.speedUp()).isEqualTo(2.0);
        assertThat(r.extractionShare()).isEqualTo(0.2);
        assertThat(r.msPer1000Tokens(r.pipeline1Nanos())).isEqualTo(1250);
    }
}
