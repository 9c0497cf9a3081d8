package org.dramatis.dev.bench;

import java.util.Arrays;

/** The arithmetic behind the bench figures: nearest-rank percentiles, medians and guarded ratios. */
public final class Stats {
    private Stats() {
    }

    /**
     * The nearest-rank percentile: the smallest sample with at least {@code p} percent of samples at or below it.
     * {@code percentile([1..100], 95) == 95}.
     */
    public static double percentile(double[] samples, double p) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("percentile of no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is not in (0, 100]");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** The median (mean of the two middle samples when their number is even). */
    public static double median(double[] samples) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("median of no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** {@code part / whole}, refusing a zero or negative base, which would make a ratio meaningless. */
    public static double ratio(double part, double whole) {
        if (!(whole > 0)) {
            throw new IllegalArgumentException("ratio base must be positive, got " + whole);
        }
        return part / whole;
    }

    /** Items per second for {@code count} items in {@code nanos} nanoseconds. */
    public static double perSecond(long count, long nanos) {
        return ratio(count, nanos / 1e9);
    }
}
