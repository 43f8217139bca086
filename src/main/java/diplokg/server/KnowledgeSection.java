package diplokg.server;

import java.util.List;
import java.util.Objects;

/**
 * One part of a resource's page that a saved query answers: the query is run with the resource's IRI bound to
 * {@code parameter} (when there is one), its rows kept where {@code column} holds the resource (when there is one),
 * and shown as a table without the {@code hidden} columns, which would repeat the page's own subject.
 *
 * @param title     the heading
 * @param query     the saved query's name
 * @param parameter the query's parameter that takes the resource's IRI, or null
 * @param column    the column that must hold the resource's IRI, or null
 * @param hidden    columns not shown
 */
record KnowledgeSection(String title, String query, String parameter, String column, List<String> hidden) {

    KnowledgeSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        hidden = List.copyOf(hidden);
    }

    /** A section whose query takes the resource as {@code parameter}. */
    static KnowledgeSection bound(String title, String query, String parameter, String... hidden) {
        return new KnowledgeSection(title, query, parameter, null, List.of(hidden));
    }

    /** A section whose query, run with its defaults, is kept to the rows whose {@code column} is the resource. */
    static KnowledgeSection filtered(String title, String query, String column, String... hidden) {
        return new KnowledgeSection(title, query, null, column, List.of(hidden));
    }
}
