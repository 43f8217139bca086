package diplokg.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latency figures in milliseconds from a list of durations in nanoseconds.
 *
 * @param count  how many durations
 * @param min    the fastest
 * @param median the 50th percentile
 * @param p95    the 95th percentile (nearest rank)
 * @param max    the slowest
 */
record Latencies(int count, double min, double median, double p95, double max) {

    static Latencies of(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(sorted.length, ms(sorted[0]), ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)),
                ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The four figures, for a table row. */
    List<Object> cells() {
        return Arrays.asList(min, median, p95, max);
    }
}
