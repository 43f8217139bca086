package diplokg;

/**
 * Root of every failure diplokg reports on purpose. Unchecked, as Jena's own exceptions are: callers that can
 * recover (the ingest loop, the CLI) catch it at one place; everything else lets it travel.
 * Subclasses name the file, the store or the query concerned, so that the message alone tells a user what went wrong.
 */
public class DiplokgException extends RuntimeException {

    public DiplokgException(String message) {
        super(message);
    }

    public DiplokgException(String message, Throwable cause) {
        super(message, cause);
    }
}
