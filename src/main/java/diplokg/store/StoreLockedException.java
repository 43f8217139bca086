package diplokg.store;

/** Another process (typically a running {@code diplokg serve}) holds the store: TDB2 allows one process at a time. */
public class StoreLockedException extends StoreException {

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
