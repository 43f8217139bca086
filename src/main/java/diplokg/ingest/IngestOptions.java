package diplokg.ingest;

/**
 * How a load runs.
 *
 * @param threads           extraction workers (the store is written by one thread)
 * @param batchSize         articles per write transaction into a non-empty store, and per extraction round
 * @param skipUnchanged     leave out articles whose text the store already holds
 * @param compactAfter      compact the store after an incremental load of at least this many articles (0: never)
 */
public record IngestOptions(int threads, int batchSize, boolean skipUnchanged, int compactAfter) {

    public IngestOptions {
        if (threads < 1 || batchSize < 1 || compactAfter < 0) {
            throw new IllegalArgumentException("threads and batch size must be positive, got " + threads + ", "
                    + batchSize);
        }
    }

    /** All cores, 500 articles a commit, unchanged articles skipped, compaction after 2,000. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 500, true, 2000);
    }
}
