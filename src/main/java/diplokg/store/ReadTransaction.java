package diplokg.store;

import java.util.function.Supplier;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Transactional;

/**
 * Work in a read transaction that always ends in the thread that began it, whatever the work throws.
 *
 * <p>Why not Jena's {@code Txn.calculateRead}: it commits a read before ending it, and on an exception it calls
 * {@code abort()} then {@code end()}; when the commit or the abort itself fails (the abort does when a query
 * cancelled by its timeout has already torn the transaction's state down) {@code end()} is never called, so the
 * thread keeps a transaction. A transaction left so blocks compaction for ever (it waits for every transaction to
 * end): {@code bench} hung in its compaction at 2,000 articles until every read of the store came here. A server
 * thread that keeps one answers its next requests from an old state of the store, and the store cannot be closed
 * ("Active transactions").
 * Called inside a transaction it ends nothing, as {@code Txn} does: a nested region must not end its caller's
 * transaction on a failure the caller may handle.
 */
public final class ReadTransaction {

    private ReadTransaction() {
    }

    /** {@code work} done in a read transaction of {@code store} (the caller's when it has one). */
    public static void execute(Transactional store, Runnable work) {
        calculate(store, () -> {
            work.run();
            return null;
        });
    }

    /** {@code work}'s value, computed in a read transaction of {@code store} (the caller's when it has one). */
    public static <T> T calculate(Transactional store, Supplier<T> work) {
        if (store.isInTransaction()) {
            return work.get();
        }
        store.begin(TxnType.READ);
        try {
            return work.get();
        } finally {
            store.end();
        }
    }
}
