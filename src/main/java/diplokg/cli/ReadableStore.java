package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.server.ServerRecord;
import diplokg.store.StoreException;
import diplokg.store.StoreLockedException;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The store a read-only verb ({@code stats}, {@code validate}, {@code export}, {@code annotations}) works on: the
 * local store; or, when a running diplokg server holds it ({@link HoldingServer}), a snapshot of that server's data
 * in a scratch store, deleted on {@link #close()}.
 *
 * <p>Design decision: the snapshot is the server's dump ({@code /dumps/diplokg.nq.gz}, written from one read
 * transaction, so consistent), loaded by the TDB2 bulk loader into a temporary store, and the verb then runs its own
 * code on it unchanged. The alternative, a remote variant of every verb, would double each one for a case that only
 * needs the same answers; the cost is the dump's transfer and load (about 75,000 quads/s, some 3.5 minutes at
 * 100,000 articles), which the verbs scanning the whole store pay in part anyway.
 */
final class ReadableStore implements AutoCloseable {

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofHours(1);

    private final TdbStore store;
    private final Path scratch;

    private ReadableStore(TdbStore store, Path scratch) {
        this.store = store;
        this.scratch = scratch;
    }

    /** The store of {@code project}, or a snapshot of the server holding it (said on {@code err}). */
    static ReadableStore open(ProjectOptions project, PrintWriter err) {
        try {
            return new ReadableStore(TdbStore.open(project.data()), null);
        } catch (StoreLockedException e) {
            Optional<ServerRecord> server = HoldingServer.of(e);
            if (server.isEmpty()) {
                throw e;
            }
            HoldingServer.announce(server.get(), err);
            return snapshot(server.get());
        }
    }

    /** The store to read; valid until {@link #close()}. */
    TdbStore store() {
        return store;
    }

    private static ReadableStore snapshot(ServerRecord server) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("diplokg-snapshot-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for the server's data: " + e.getMessage(),
                    e);
        }
        TdbStore copy = null;
        try {
            Path dump = download(server, scratch.resolve("diplokg.nq.gz"));
            copy = TdbStore.open(scratch.resolve("tdb2"));
            // The loader's progress lines would mix with the verb's output: the note on stderr says enough.
            // Below the full-text index: a snapshot for stats, validate, export and annotations is never searched.
            DataLoader loader = LoaderFactory.createLoader(copy.unindexedDataset(), (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(dump.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw new StoreException(server.url() + "/dumps/diplokg.nq.gz: cannot load the server's dump: "
                        + e.getMessage(), e);
            }
            return new ReadableStore(copy, scratch);
        } catch (RuntimeException e) {
            if (copy != null) {
                copy.close();
            }
            delete(scratch);
            throw e;
        }
    }

    private static Path download(ServerRecord server, Path file) {
        URI dump = URI.create(server.url() + "/dumps/diplokg.nq.gz");
        try {
            HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(dump)
                    .timeout(DOWNLOAD_TIMEOUT).build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                throw new DiplokgException(dump + " answered " + response.statusCode() + "; cannot read the store"
                        + " through the server");
            }
            return file;
        } catch (IOException e) {
            throw new DiplokgException(dump + ": cannot read the server's dump: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException(dump + ": interrupted", e);
        }
    }

    @Override
    public void close() {
        store.close();
        if (scratch != null) {
            delete(scratch);
        }
    }

    private static void delete(Path folder) {
        // Jena's recursive delete; a failure leaves only a copy of served data in the system's temporary folder.
        IOX.deleteAll(folder);
    }
}
