package diplokg.store;

import diplokg.DiplokgException;

/** The store cannot be opened, read or written. The message names the store folder. */
public class StoreException extends DiplokgException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
