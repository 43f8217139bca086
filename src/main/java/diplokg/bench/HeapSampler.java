package diplokg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of a run: the highest heap use seen, sampled from {@link MemoryMXBean} every 20 ms on a daemon thread,
 * and the highest heap use left after a garbage collection, from the collectors' notifications, with the phase it
 * happened in.
 *
 * <p>Why both: the collector lets garbage pile up to the {@code -Xmx} limit before it collects, so the sampled peak
 * mostly says how large the limit is. What survives a collection is what the run really holds, the figure to
 * compare with a memory budget.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String phase = "start";
    private final Map<String, Long> livePerPhase = new LinkedHashMap<>();

    HeapSampler() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Names the phase the run is in, for {@link #peakLivePhase()}. */
    void phase(String name) {
        phase = name;
    }

    /** Bytes of heap in use at the highest sample so far. */
    long peakBytes() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }

    /** Bytes of heap still in use after the collection that left the most. */
    synchronized long peakLiveBytes() {
        return livePerPhase.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The phase in which {@link #peakLiveBytes()} was seen (the first such phase), or "none". */
    synchronized String peakLivePhase() {
        long peak = peakLiveBytes();
        return livePerPhase.entrySet().stream().filter(e -> e.getValue() == peak).map(Map.Entry::getKey)
                .findFirst().orElse("none");
    }

    /** The largest heap left after a collection in each phase that had one, in the order the phases ran. */
    synchronized Map<String, Long> peakLivePerPhase() {
        return new LinkedHashMap<>(livePerPhase);
    }

    /** The heap limit ({@code -Xmx}). */
    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
        synchronized (this) {
            livePerPhase.merge(phase, live, Math::max);
        }
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
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to remove.
            }
        }
    }
}
