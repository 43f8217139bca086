package diplokg.store;

import java.util.function.Supplier;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Transactional;

/**
 * Work in a read transaction that always ends in the thread that began it, whatever the work throws.
 *
 * <p>Why not Jena's {@code Txn.calculateRead}: on an exception it calls {@code abort()} then {@code end()}, and when
 * {@code abort()} itself fails (it does when a query cancelled by its timeout has already torn the transaction's
 * state down) {@code end()} is never called, so the thread keeps a transaction. A server thread that keeps one
 * answers its next requests from an old state of the store, and the store cannot be closed ("Active transactions").
 * Called inside a transaction it ends nothing, as {@code Txn} does: a nested region must not end its caller's
 * transaction on a failure the caller may handle.
 */
public final class ReadTransaction {

    private ReadTransaction() {
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
