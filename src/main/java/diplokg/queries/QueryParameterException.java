package diplokg.queries;

import diplokg.DiplokgException;

/** A parameter value is missing, unknown, or not of its declared type. */
public class QueryParameterException extends DiplokgException {

    public QueryParameterException(String message) {
        super(message);
    }

    public QueryParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
