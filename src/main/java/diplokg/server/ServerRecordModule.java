package diplokg.server;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link ServerRecord} of a running server in its store's folder: written once the server listens (its
 * port is known then, also when 0 asked for a free one), deleted when it stops.
 */
final class ServerRecordModule implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRecordModule.class);

    private final Path store;
    private volatile ServerRecord record;

    ServerRecordModule(Path store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public String name() {
        return "diplokg server record";
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        ServerRecord written = ServerRecord.ofThisProcess(server.getHttpPort());
        written.write(store);
        record = written;
        LOG.debug("Recorded {} in {}", written, ServerRecord.fileOf(store));
    }

    @Override
    public void serverStopped(FusekiServer server) {
        ServerRecord written = record;
        if (written != null) {
            written.deleteFrom(store);
            record = null;
        }
    }
}
