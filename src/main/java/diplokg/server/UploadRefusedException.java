package diplokg.server;

import diplokg.DiplokgException;

/** An upload that is refused as a whole, with the HTTP status that says why (400, 413, 415); nothing is stored. */
final class UploadRefusedException extends DiplokgException {

    private final int status;

    UploadRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    UploadRefusedException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    int status() {
        return status;
    }
}
