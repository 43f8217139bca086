package diplokg.queries;

import diplokg.DiplokgException;
import org.apache.jena.query.QueryParseException;

/**
 * A query text that is not valid SPARQL. The message is one line: where the text came from, then the parser's first
 * line, which says what it found and at which line and column ("Encountered "}" at line 1, column 12."); the
 * parser's list of what it expected instead is left out, being many lines of grammar tokens.
 */
public class QuerySyntaxException extends DiplokgException {

    public QuerySyntaxException(String origin, QueryParseException cause) {
        super("SPARQL syntax error in " + origin + ": " + firstLine(cause), cause);
    }

    private static String firstLine(QueryParseException cause) {
        String message = String.valueOf(cause.getMessage()).strip();
        String first = message.lines().findFirst().orElse("").strip();
        if (!first.contains("line") && cause.getLine() > 0) {
            first += " (line " + cause.getLine() + ", column " + cause.getColumn() + ")";
        }
        return first;
    }
}
