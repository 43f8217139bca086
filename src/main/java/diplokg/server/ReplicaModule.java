package diplokg.server;

import diplokg.DiplokgException;
import diplokg.store.TdbStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Makes a server a replica: its store is written only by a {@link PatchFollower} playing the primary's change feed,
 * started once the server listens and stopped with it. The server itself is the usual one without admin
 * credentials, so without {@code /kg-admin}: read-only over HTTP. Its own {@code /kg/patches} serves the same
 * patches under the same versions, so a replica can feed replicas in turn.
 */
final class ReplicaModule implements FusekiModule {

    private final URI primary;
    private final Path store;
    private final Duration interval;
    private volatile PatchFollower follower;

    ReplicaModule(URI primary, Path store, Duration interval) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.store = Objects.requireNonNull(store, "store");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public String name() {
        return "diplokg replica";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (builder.getDataset(DiplokgServer.ADMIN) != null) {
            throw new DiplokgException("a replica is read-only: start it without admin credentials");
        }
        // Opened without the knowledge layer: what the primary derived comes in its patches.
        TdbStore opened = TdbStore.open(store);
        if (TDBInternal.getDatasetGraphTDB(opened.dataset())
                != TDBInternal.getDatasetGraphTDB(DiplokgServer.dataset(builder))) {
            throw new DiplokgException(store + ": the replica's store is not the database the server serves");
        }
        follower = new PatchFollower(primary, opened, interval);
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        PatchFollower started = follower;
        if (started != null) {
            started.start();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        PatchFollower started = follower;
        if (started != null) {
            started.stop();
        }
    }
}
