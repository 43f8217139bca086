package diplokg.queries;

/**
 * How a {@link QueryRunner}'s cache has served so far.
 *
 * @param hits    answers taken from the cache, or shared with the run computing them
 * @param misses  answers computed by running the query
 * @param entries answers kept now
 */
public record CacheStatistics(long hits, long misses, int entries) {
}
