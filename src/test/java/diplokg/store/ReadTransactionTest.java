package diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.TransactionalLock;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadTransaction} ends what it began whatever fails, never commits a read, and leaves a caller's transaction
 * alone. The transactional here is Jena's lock-based one, whose commit of a read is made to fail: a read committed
 * before its end (as Jena's {@code Txn} does) would then never be ended.
 */
class ReadTransactionTest {

    /** A transactional whose commit fails, as a wrapper's commit of a read did over a store the bench shared. */
    private static final class FailingCommit extends TransactionalLock {
        FailingCommit() {
            super(new org.apache.jena.shared.LockMRSW());
        }

        @Override
        public void commit() {
            throw new IllegalStateException("commit failed");
        }
    }

    @Test
    void aReadIsEndedWithoutCommit() {
        FailingCommit store = new FailingCommit();
        assertEquals(42, ReadTransaction.calculate(store, () -> 42));
        assertFalse(store.isInTransaction(), "the read is over");
    }

    @Test
    void aReadIsEndedWhenTheWorkFails() {
        FailingCommit store = new FailingCommit();
        assertThrows(IllegalArgumentException.class, () -> ReadTransaction.execute(store, () -> {
            throw new IllegalArgumentException("work failed");
        }));
        assertFalse(store.isInTransaction(), "the read is over");
    }

    @Test
    void aCallersTransactionIsLeftToTheCaller() {
        FailingCommit store = new FailingCommit();
        AtomicBoolean ran = new AtomicBoolean();
        store.begin(TxnType.READ);
        try {
            ReadTransaction.execute(store, () -> ran.set(true));
            assertTrue(ran.get());
            assertTrue(store.isInTransaction(), "the caller's read goes on");
        } finally {
            store.end();
        }
    }
}
