package diplokg.store;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Another process (typically a running {@code diplokg serve}) holds the store: TDB2 allows one process at a time.
 * Carries the store's folder and, when TDB2 recorded it, the process id of the holder, so that a caller can say who
 * holds the store without reading this message.
 */
public class StoreLockedException extends StoreException {

    private final transient Path folder;
    private final OptionalLong holder;

    public StoreLockedException(Path folder, OptionalLong holder, Throwable cause) {
        super(folder + ": the store is in use by " + describe(holder) + " (TDB2 lets one process open a store)",
                cause);
        this.folder = folder;
        this.holder = holder;
    }

    /** The store's folder. */
    public Path folder() {
        return folder;
    }

    /** The process id of the process holding the store, when known. */
    public OptionalLong holder() {
        return holder;
    }

    /** Who holds the store, for messages: "process 16528", or "another process" when its id is unknown. */
    public String holderDescription() {
        return describe(holder);
    }

    private static String describe(OptionalLong holder) {
        return holder.isPresent() ? "process " + holder.getAsLong() : "another process";
    }
}
