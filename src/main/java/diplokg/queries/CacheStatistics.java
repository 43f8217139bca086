package diplokg.queries;

/**
 * How a {@link QueryRunner}'s cache has served so far.
 *
 * @param hits    answers taken from the cache, or shared with the run computing them
 * @param misses  answers computed by running the query
 * @param entries answers kept now
 */
public record CacheStatistics(long hits, long misses, int entries) {

    /** For a log line: "1,204 hits, 310 misses (80% hits), 296 answers kept". */
    public String summary() {
        long asked = hits + misses;
        return String.format(java.util.Locale.ROOT, "%,d hits, %,d misses (%d%% hits), %,d answers kept", hits, misses,
                asked == 0 ? 0 : Math.round(100.0 * hits / asked), entries);
    }
}
