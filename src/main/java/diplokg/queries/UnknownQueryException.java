package diplokg.queries;

import diplokg.DiplokgException;

/** No saved query has the requested name. */
public class UnknownQueryException extends DiplokgException {

    public UnknownQueryException(String name, java.util.Collection<String> known) {
        super("unknown query '" + name + "'; known queries: " + String.join(", ", known));
    }
}
