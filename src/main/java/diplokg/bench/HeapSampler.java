package diplokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap use seen during a run, sampled from {@link MemoryMXBean} every 20 ms on a daemon thread. Sampling
 * may miss a peak shorter than the period; with the collector running often that bias is small next to the heap's
 * size.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Bytes of heap in use at the highest sample so far. */
    long peakBytes() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }

    /** The heap limit ({@code -Xmx}). */
    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
