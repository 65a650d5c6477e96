package dev.mcpapt.bench.load;

import java.util.Arrays;

/** Latencies of one measurement, in nanoseconds; not thread-safe (one per thread, then merged). */
final class Recorder {
  private long[] values = new long[1 << 14];
  private int count;

  void record(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
  }

  int count() {
    return count;
  }

  void addAll(Recorder other) {
    for (int i = 0; i < other.count; i++) {
      record(other.values[i]);
    }
  }

  /** The {@code q} quantile (0..1) in microseconds, or NaN with no samples. */
  double quantileMicros(double q) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
    return sorted[index] / 1000.0;
  }
}
