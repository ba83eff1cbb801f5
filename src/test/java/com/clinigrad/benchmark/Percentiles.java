package com.clinigrad.benchmark;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a set of measured durations (nanoseconds).
 */
record Percentiles(long[] sorted) {

	static Percentiles of(long[] nanos) {
		long[] copy = nanos.clone();
		Arrays.sort(copy);
		return new Percentiles(copy);
	}

	double millis(double percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))] / 1_000_000.0;
	}

	String summary() {
		return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", this.sorted.length, millis(50),
				millis(95), millis(99), millis(100));
	}

}
