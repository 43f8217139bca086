package diplokg.queries;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Query;

/**
 * The query the saved-query API runs for one request, and so the key of its answer in the {@link ResultCache}
 * (together with the store's version): the saved query with the request's values bound as RDF terms and its
 * {@code LIMIT} lowered to the row cap. Two keys are equal when their query texts are.
 *
 * <p>Why one owner: the API servlet, the server's cache warmer and the benchmark each need the query a request
 * runs. Built in three places, a change to one (another cap, another way of binding) would silently make the warmer
 * fill entries no request ever asks for; built here, they cannot drift apart.
 *
 * @param query the query to run
 * @param text  its text, what the cache compares
 */
public record CacheKey(Query query, String text) {

    public CacheKey {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(text, "text");
    }

    /** The key of {@code query} as it is. */
    public static CacheKey of(Query query) {
        return new CacheKey(query, query.toString());
    }

    /**
     * The key of a request for {@code saved} with parameter {@code values} (by name; absent ones take their
     * defaults) and at most {@code maxRows} rows.
     *
     * @throws QueryParameterException when a value is unknown, missing or of the wrong type
     */
    public static CacheKey of(SavedQuery saved, Map<String, String> values, int maxRows) {
        return of(saved, values, maxRows, 1);
    }

    /**
     * The key of page {@code page} (from 1) of that request: {@link SavedQuery#pageSize(int)} rows from row
     * {@code (page - 1) * size}, within the query's own LIMIT and OFFSET.
     */
    public static CacheKey of(SavedQuery saved, Map<String, String> values, int maxRows, int page) {
        return of(QueryRunner.page(QueryRunner.bind(saved, values), saved.pageSize(maxRows), page));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey key && text.equals(key.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
