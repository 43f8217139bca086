package diplokg.store;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of a TDB2 database a read transaction sees: the database generation (a new one after each compaction)
 * and TDB2's data version, which its transaction coordinator bumps at every committed write — our ingest, the bulk
 * loader and SPARQL Update through the server's admin endpoint alike. Two reads with equal versions see the same data,
 * which is what makes it a sound cache key.
 *
 * @param generation the TDB2 storage object of the generation read (compared by identity)
 * @param version    the data version the transaction started at
 */
public record StoreVersion(Object generation, long version) {

    /**
     * The version the current thread's transaction on {@code dataset} reads; empty when {@code dataset} is not TDB2
     * or no transaction is active.
     */
    public static Optional<StoreVersion> current(DatasetGraph dataset) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(unwrapped(dataset));
        if (storage == null) {
            return Optional.empty();
        }
        Transaction transaction = storage.getTxnSystem().getThreadTransaction();
        return transaction == null ? Optional.empty()
                : Optional.of(new StoreVersion(new Identity(storage), transaction.getDataVersion()));
    }

    /**
     * The dataset below any wrappers, such as the full-text index's ({@link SearchIndex}): they share the TDB2
     * transaction, so its version is theirs. TDB2's own lookup does not look through them.
     */
    static DatasetGraph unwrapped(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (inner instanceof DatasetGraphWrapper wrapper) {
            inner = wrapper.getWrapped();
        }
        return inner;
    }

    /** Identity of a storage object: two generations are never equal, however alike. */
    private record Identity(Object storage) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.storage == storage;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(storage);
        }
    }
}
