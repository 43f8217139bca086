package diplokg.server;

import diplokg.store.StoreException;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a replica's store in step with a primary: asks the primary's {@code /kg/patches} for the patches after the
 * store's version and plays them ({@link TdbStore#play}), each in one write transaction that also counts its version,
 * so after any stop, {@code kill -9} included, the next start asks from exactly the last patch applied. Asks again at
 * once while the primary has more, else after the interval; a failure (primary down, a patch refused) is logged and
 * retried after a longer pause. An empty replica of a primary whose log has been trimmed starts from the primary's
 * dump ({@code /dumps/diplokg.nq.gz}, at the version its header names), then follows the log from there.
 *
 * <p>Thread-safety: one background thread; {@link #stop} waits for the patch being played to end. The thread is never
 * interrupted: an interrupt inside TDB2's file I/O closes the database's channels.
 */
final class PatchFollower {

    private static final Logger LOG = LoggerFactory.getLogger(PatchFollower.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final URI feed;
    private final TdbStore store;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile boolean running;
    private volatile long primaryVersion = -1;
    private Thread thread;

    /**
     * @param primary  the primary's root URL ({@code http://host:3030})
     * @param store    the replica's store
     * @param interval the pause between two asks when the replica is in step
     */
    PatchFollower(URI primary, TdbStore store, Duration interval) {
        String root = Objects.requireNonNull(primary, "primary").toString();
        this.feed = URI.create((root.endsWith("/") ? root : root + "/") + "kg/patches");
        this.store = Objects.requireNonNull(store, "store");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Starts following in a background thread. */
    synchronized void start() {
        running = true;
        thread = new Thread(this::follow, "diplokg-replica");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Replica of {} at version {}", feed, store.version());
    }

    /** Stops following once the patch being played, if any, is written. */
    synchronized void stop() {
        running = false;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** The primary's version at its last answer; -1 before any. */
    long primaryVersion() {
        return primaryVersion;
    }

    private void follow() {
        boolean failing = false;
        while (running) {
            Duration pause = interval;
            try {
                if (catchUp()) {
                    pause = Duration.ZERO;
                }
                if (failing) {
                    LOG.info("Replica: {} answers again; at version {}", feed, store.version());
                    failing = false;
                }
            } catch (IOException | StoreException | FeedException e) {
                if (!failing) {
                    // java.net.http says "connection refused" by the exception's class alone, with no message.
                    LOG.warn("Replica: cannot follow {}, trying again every {} s: {}", feed, RETRY.toSeconds(),
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
                failing = true;
                pause = RETRY;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!pause.isZero() && running) {
                LockSupport.parkNanos(pause.toNanos());
            }
        }
    }

    /** Asks for the patches after the store's version and plays them; true when the primary has more. */
    private boolean catchUp() throws IOException, InterruptedException {
        long version = store.version();
        HttpRequest request = HttpRequest.newBuilder(URI.create(feed + "?from=" + version))
                .timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 410 && version == 0 && store.isEmpty()) {
                restore();
                return true;
            }
            if (response.statusCode() != 200) {
                throw new FeedException(feed + "?from=" + version + " answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(2000), StandardCharsets.UTF_8).strip());
            }
            long primary = response.headers().firstValueAsLong(PatchFeedServlet.VERSION_HEADER).orElse(-1);
            primaryVersion = primary;
            long after = store.play(body);
            if (after > version) {
                LOG.debug("Replica: applied versions {} to {} (primary at {})", version + 1, after, primary);
            }
            return after > version && after < primary;
        }
    }

    /**
     * Starts an empty replica from the primary's dump, whose header names its version, when the primary's log no
     * longer reaches back to version 0 (trimmed).
     */
    private void restore() throws IOException, InterruptedException {
        URI dump = URI.create(feed.toString().replace("/kg/patches", DatasetDescription.DUMP_PATH));
        LOG.info("Replica: the primary's log has been trimmed; starting from its dump {}", dump);
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(dump).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            long version = response.headers().firstValueAsLong(PatchFeedServlet.VERSION_HEADER).orElse(-1);
            if (response.statusCode() != 200 || version < 0) {
                throw new FeedException(dump + " answered " + response.statusCode() + " without a version");
            }
            store.restore(new GZIPInputStream(body, 1 << 16), version);
            LOG.info("Replica: restored the dump at version {}", version);
        }
    }

    /** The primary answered something other than patches. */
    private static final class FeedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FeedException(String message) {
            super(message);
        }
    }
}
