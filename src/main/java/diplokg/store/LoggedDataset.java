package diplokg.store;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;

/**
 * The store's dataset whose every committed write transaction is also a patch of the store's {@link PatchLog}:
 * jena-rdfpatch's {@link DatasetGraphChanges}, which reports each quad added or deleted (graph views, whole-graph
 * removal and {@code deleteAny} included) to a {@link PatchRecorder}, plus the recorder's steps after the commit and
 * at the end of a transaction.
 *
 * <p>Every writer goes through it: {@link TdbStore}'s methods, the knowledge layer, Fuseki's SPARQL Update and graph
 * store protocol on {@code /kg-admin}, and replicas applying patches. Only the TDB2 bulk loader writes below it;
 * {@link TdbStore#bulkLoad} then records what it loaded with {@link #recordContents()}.
 *
 * <p>One per TDB2 database and process, kept in the database's context as {@link SearchIndex} keeps its wrapper:
 * two {@link TdbStore}s on one folder (the server's and the admin API's) must number patches from one counter.
 */
public final class LoggedDataset extends DatasetGraphChanges {

    private static final Symbol LOGGED_DATASET = Symbol.create("https://w3id.org/diplokg/store#loggedDataset");

    private final PatchRecorder recorder;
    private final PatchLog log;

    private LoggedDataset(DatasetGraph dataset, PatchRecorder recorder, PatchLog log) {
        super(dataset, recorder);
        this.recorder = recorder;
        this.log = log;
    }

    /**
     * The logged dataset over {@code indexed} (the store's dataset with its full-text index) of the TDB2 database
     * {@code tdb} in {@code storeFolder}: the one already made in this process, or a new one, whose log is first
     * brought in step with the store ({@link PatchLog#recover}).
     */
    static LoggedDataset over(DatasetGraph tdb, DatasetGraph indexed, Path storeFolder) {
        synchronized (tdb) {
            Object made = tdb.getContext().get(LOGGED_DATASET);
            if (made instanceof LoggedDataset logged && logged.get() == indexed) {
                return logged;
            }
            PatchLog log = PatchLog.of(storeFolder);
            log.recover(ReadTransaction.calculate(indexed, () -> PatchLog.storedVersion(indexed)));
            LoggedDataset logged = new LoggedDataset(indexed, new PatchRecorder(log, indexed), log);
            tdb.getContext().set(LOGGED_DATASET, logged);
            return logged;
        }
    }

    /** The logged dataset below {@code dataset}'s wrappers (such as {@link TdbStore#maintainedDataset()}), if any. */
    public static Optional<LoggedDataset> in(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (inner instanceof DatasetGraphWrapper wrapper) {
            if (inner instanceof LoggedDataset logged) {
                return Optional.of(logged);
            }
            inner = wrapper.getWrapped();
        }
        return Optional.empty();
    }

    /** The log this dataset writes. */
    public PatchLog log() {
        return log;
    }

    /** The store's version, read in a transaction of its own. */
    public long version() {
        return ReadTransaction.calculate(get(), () -> PatchLog.storedVersion(get()));
    }

    /**
     * Records every quad the store holds as added, without writing it again: the patch of a load done below this
     * wrapper into an empty store. Call inside a write transaction.
     */
    void recordContents() {
        get().find().forEachRemaining((Quad q) -> recorder.add(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject()));
    }

    @Override
    public void commit() {
        try {
            super.commit();
        } catch (RuntimeException e) {
            // Whether TDB2 committed is not known here: the forced patch stays pending, and the next open publishes
            // or deletes it by the store's version (PatchLog.recover).
            recorder.keepPending();
            throw e;
        }
        recorder.committed();
    }

    @Override
    public void abort() {
        super.abort();
        recorder.ended();
    }

    @Override
    public void end() {
        recorder.ended();
        super.end();
    }
}
