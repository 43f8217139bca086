package diplokg.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What a load did.
 *
 * @param loaded    articles whose graph was written
 * @param unchanged articles skipped because the store already holds the same text
 * @param failures  articles left out, each with the reason
 * @param quads     quads written
 * @param bulk      whether the TDB2 bulk loader was used
 * @param elapsed   wall-clock time
 */
public record IngestReport(int loaded, int unchanged, List<ArticleFailure> failures, long quads, boolean bulk,
                           Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** Articles per second over the whole load. */
    public double rate() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return loaded / seconds;
    }
}
