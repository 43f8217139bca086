package diplokg.ingest;

/**
 * How a load runs.
 *
 * @param threads           extraction workers (the store is written by one thread)
 * @param batchSize         articles extracted and handed to the store per round (a bound on memory; a load is one
 *                          write transaction whatever the batch size)
 * @param skipUnchanged     leave out articles whose text the store already holds
 * @param compactAfter      compact the store after an incremental load of at least this many articles (0: never)
 * @param bulkLoadWhenEmpty fill an empty store with the TDB2 bulk loader; false writes it in one ordinary write
 *                          transaction, as a non-empty store is, which a store served to live readers needs
 */
public record IngestOptions(int threads, int batchSize, boolean skipUnchanged, int compactAfter,
                            boolean bulkLoadWhenEmpty) {

    public IngestOptions {
        if (threads < 1 || batchSize < 1 || compactAfter < 0) {
            throw new IllegalArgumentException("threads and batch size must be positive, got " + threads + ", "
                    + batchSize);
        }
    }

    /** Options that use the bulk loader for an empty store. */
    public IngestOptions(int threads, int batchSize, boolean skipUnchanged, int compactAfter) {
        this(threads, batchSize, skipUnchanged, compactAfter, true);
    }

    /**
     * These options without the bulk loader. The TDB2 loaders write the indexes from several threads outside the
     * ordinary transaction protocol and expect to be the database's only user; a server's readers are not.
     */
    public IngestOptions withoutBulkLoad() {
        return new IngestOptions(threads, batchSize, skipUnchanged, compactAfter, false);
    }

    /** These options, reloading articles whose text the store already holds when {@code force}. */
    public IngestOptions forcing(boolean force) {
        return new IngestOptions(threads, batchSize, !force, compactAfter, bulkLoadWhenEmpty);
    }

    /**
     * All cores, rounds of 500 articles, unchanged articles skipped, no compaction: a load is one commit, which grows
     * a 100k store by about a fifth for 10,000 articles, while compacting it takes seven minutes.
     */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 500, true, 0);
    }
}
