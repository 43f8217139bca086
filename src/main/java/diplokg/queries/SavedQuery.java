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
                         List<QueryParameter> parameters, Query query, String text) {

    public SavedQuery {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
    }
}
