package diplokg.cli;

import diplokg.server.ServerRecord;
import diplokg.store.StoreLockedException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * The running diplokg server that holds a store, found through the {@link ServerRecord} it keeps in the store's
 * folder, on whatever port it listens. A record is believed only when its process is the one holding TDB2's lock (when
 * TDB2 says which) and its URL answers a ping: a record left by a killed server names nothing.
 */
final class HoldingServer {

    /**
     * How long a ping may take. Nothing listening is refused at once; the patience is for a server that is there but
     * busy (a loaded machine took more than two seconds to answer {@code /$/ping} in the integration tests).
     */
    private static final Duration PING_PATIENCE = Duration.ofSeconds(10);

    private HoldingServer() {
    }

    /** The server holding the store {@code locked} names, when it is a diplokg server that answers. */
    static Optional<ServerRecord> of(StoreLockedException locked) {
        return ServerRecord.read(locked.folder())
                .filter(record -> locked.holder().isEmpty() || locked.holder().getAsLong() == record.pid())
                .filter(record -> record.answers(PING_PATIENCE));
    }

    /** Says on {@code err} that the verb goes through {@code server}. */
    static void announce(ServerRecord server, PrintWriter err) {
        err.println("diplokg: store held by the server at " + server.url() + "; asking it");
        err.flush();
    }
}
