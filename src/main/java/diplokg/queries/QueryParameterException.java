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

    /**
     * A parameter given more than once. Refused rather than one of the values kept: on the command line as over
     * HTTP, a second value silently winning gives an answer about something the user did not ask for.
     */
    public static QueryParameterException repeated(String name, int times) {
        return new QueryParameterException("parameter '" + name + "' is given " + times + " times; give it once");
    }

    /**
     * The words of a full-text search that Lucene cannot parse, whether the store is local or behind an endpoint.
     * Lucene's own message quotes the query as jena-text rewrote it (field names added), which would mislead more
     * than help; an empty text is the commonest case (a search box left blank) and is named first.
     */
    public static QueryParameterException badSearchText(Throwable cause) {
        return new QueryParameterException("the text to search is empty or not valid Lucene query syntax: an unclosed"
                + " quote or bracket, or an operator without words? Put words with + - ! ( ) { } [ ] ^ \" ~ * ? :"
                + " \\ / between double quotes", cause);
    }
}
