package diplokg.bench;

import diplokg.DiplokgException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HTTP clients on 127.0.0.1: single requests, and closed loops of concurrent clients for a bounded time. A response
 * counts when its status is 200 and its body has been read to the end.
 */
final class HttpDriver {

    private static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Fetches {@code uri}; returns the bytes of the body. */
    long get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", ACCEPT).timeout(Duration.ofMinutes(5))
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new StatusException(uri, response.statusCode());
            }
            return bytes;
        } catch (IOException e) {
            throw new DiplokgException(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("benchmark interrupted", e);
        }
    }

    /**
     * Runs {@code clients} concurrent loops, each requesting {@code uris} in turn until {@code duration} has passed
     * (a request under way then finishes; each client makes at least one). A failed request (an error status, no
     * answer) is counted, not timed.
     */
    Load drive(List<URI> uris, int clients, Duration duration) {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread thread = new Thread(() -> {
                try {
                    int i = first;
                    do {
                        long begin = System.nanoTime();
                        try {
                            get(uris.get(i++ % uris.size()));
                            nanos.add(System.nanoTime() - begin);
                        } catch (DiplokgException e) {
                            errors.incrementAndGet();
                        }
                    } while (System.nanoTime() < deadline);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("benchmark interrupted", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(nanos.size() / seconds, errors.get(), Latencies.of(new ArrayList<>(nanos)));
    }

    /** Answered requests per second, failed requests, and the answered ones' latencies. */
    record Load(double throughput, int errors, Latencies latencies) {
    }

    /** A response other than 200, with its status code. */
    static final class StatusException extends DiplokgException {

        private final int status;

        StatusException(URI uri, int status) {
            super(uri + " answered HTTP " + status);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
