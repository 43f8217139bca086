package diplokg.bench;

import diplokg.DiplokgException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load run: closed-loop clients, each sending the next request of a {@link RequestMix} as soon as the previous one
 * is answered, for a fixed time; every answer's status and latency (to the last byte of the body) is kept, and the
 * live heap is sampled: at each sample a full collection ({@link MemoryMXBean#gc()}) and the heap in use right after.
 *
 * <p>The server runs in this JVM, so the heap figures are the server's plus the clients' (a few kilobytes each); the
 * collections the sampler asks for pause the server too, and the requests they delay count in the latencies.
 */
final class LoadRun {

    /** The status counted for a request that got no answer (refused connection, client timeout). */
    static final int NO_ANSWER = 0;

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final int clients;
    private final Duration duration;
    private final Duration heapEvery;
    private final long seed;

    LoadRun(int clients, Duration duration, Duration heapEvery, long seed) {
        this.clients = clients;
        this.duration = duration;
        this.heapEvery = heapEvery;
        this.seed = seed;
    }

    /**
     * What a run measured: latencies by kind of request and by what was asked ({@code kind: target}), answers by
     * status, the heap samples (seconds since the start, live megabytes) and the run's length in seconds.
     */
    record Result(Map<String, List<Long>> nanosByKind, Map<String, List<Long>> nanosByTarget,
                  Map<String, Map<Integer, Long>> statusByKind, List<double[]> heapSamples, double seconds) {
    }

    Result drive(HttpClient client, RequestMix mix) {
        Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        Map<String, List<Long>> nanosByTarget = new ConcurrentHashMap<>();
        Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
        List<double[]> heap = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1000 + c);
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        RequestMix.Request request = mix.next(random);
                        long begin = System.nanoTime();
                        int status = send(client, request);
                        long took = System.nanoTime() - begin;
                        nanos.computeIfAbsent(request.kind(), k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(took);
                        nanosByTarget.computeIfAbsent(request.kind() + ": " + request.target(),
                                k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                        statuses.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>())
                                .computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        sampleHeap(heap, start, done);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampleOnce(heap, start);
        Map<String, Map<Integer, Long>> counted = new TreeMap<>();
        statuses.forEach((kind, byStatus) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, count) -> counts.put(status, count.get()));
            counted.put(kind, counts);
        });
        return new Result(copy(nanos), copy(nanosByTarget), counted, List.copyOf(heap), seconds);
    }

    private static Map<String, List<Long>> copy(Map<String, List<Long>> nanos) {
        Map<String, List<Long>> kept = new TreeMap<>();
        nanos.forEach((key, list) -> kept.put(key, List.copyOf(list)));
        return kept;
    }

    /** Samples the live heap every {@code heapEvery} until the clients are done. */
    private void sampleHeap(List<double[]> heap, long start, CountDownLatch done) {
        try {
            sampleOnce(heap, start);
            while (!done.await(heapEvery.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                sampleOnce(heap, start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("load run interrupted", e);
        }
    }

    private static void sampleOnce(List<double[]> heap, long start) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        heap.add(new double[] {(System.nanoTime() - start) / 1e9, memory.getHeapMemoryUsage().getUsed() / 1e6});
    }

    /** Sends one request, reads its body to the end, and returns its status ({@link #NO_ANSWER} when none came). */
    private static int send(HttpClient client, RequestMix.Request request) {
        HttpRequest http = HttpRequest.newBuilder(request.uri()).header("Accept", request.accept())
                .timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            return response.statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }
}
