package diplokg.queries;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * A query of the {@code queries/} folder with its decorators.
 *
 * @param name        the file name without {@code .rq}
 * @param summary     one line ({@code #+ summary:})
 * @param description a paragraph ({@code #+ description:})
 * @param tags        {@code #+ tags:}
 * @param parameters  the {@code ?_name} variables, with types and defaults
 * @param query       the parsed query
 * @param text        the file's text
 */
public record SavedQuery(String name, String summary, String description, List<String> tags,
                         List<QueryParameter> parameters, Query query, String text, int pageSize) {

    public SavedQuery {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        if (pageSize < 0) {
            throw new IllegalArgumentException(name + ": a page holds at least one row, not " + pageSize);
        }
    }

    /** A saved query whose pages are as long as the API allows ({@code pageSize} 0). */
    public SavedQuery(String name, String summary, String description, List<String> tags,
                      List<QueryParameter> parameters, Query query, String text) {
        this(name, summary, description, tags, parameters, query, text, 0);
    }

    /** The rows of one page of this query's answer: its own {@code #+ pagination:}, at most {@code maxRows}. */
    public int pageSize(int maxRows) {
        return pageSize == 0 ? maxRows : Math.min(pageSize, maxRows);
    }
}
