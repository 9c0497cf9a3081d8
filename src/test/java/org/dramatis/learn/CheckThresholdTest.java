package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How a check's threshold is chosen from its held-out table: the lowest within a tolerance of the best F-beta. */
class CheckThresholdTest {
    // The event check's table on 626 training articles (2026-12-05): F1 flat from 0 to 0.3, precision rising.
    private static final double[] T = {0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};
    private static final double[] P = {0.569, 0.581, 0.606, 0.618, 0.630, 0.644, 0.660, 0.675, 0.690, 0.710, 0.725, 0.758, 0.812};
    private static final double[] R = {0.438, 0.435, 0.424, 0.417, 0.408, 0.396, 0.382, 0.365, 0.349, 0.327, 0.300, 0.243, 0.163};

    @Test
    void f1KeepsEveryClaimWhereF1IsFlat_whileFHalfWeighsPrecisionAndRaisesTheThreshold() {
        assertThat(CheckTrainer.pick(T, P, R, 1)).isEqualTo(0.0);
        assertThat(CheckTrainer.pick(T, P, R, 0.5)).isEqualTo(0.35);
        assertThat(CheckTrainer.pick(T, P, R, CheckTrainer.EVENT_BETA)).isGreaterThan(0.0);
    }

    @Test
    void fBeta_isF1AtOne_andLeansToPrecisionBelowIt() {
        assertThat(CheckTrainer.fBeta(0.6, 0.4, 1)).isCloseTo(0.48, within(1e-9));
        assertThat(CheckTrainer.fBeta(0.6, 0.4, 0.5)).isGreaterThan(CheckTrainer.fBeta(0.4, 0.6, 0.5));
        assertThat(CheckTrainer.fBeta(0, 0, 0.5)).isZero();
    }
}
