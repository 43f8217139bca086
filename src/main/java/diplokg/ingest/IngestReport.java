package diplokg.ingest;

import java.nio.file.Path;
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
 * @param skippedFiles   files of the folders given that are of no format diplokg reads ({@code .pdf}, ...)
 * @param skippedRecords WARC responses that are no HTML page (images, scripts, redirects)
 */
public record IngestReport(int loaded, int unchanged, List<ArticleFailure> failures, long quads, boolean bulk,
                           Duration elapsed, List<Path> skippedFiles, int skippedRecords) {

    public IngestReport {
        failures = List.copyOf(failures);
        skippedFiles = List.copyOf(skippedFiles);
    }

    /** A report of a load that skipped nothing. */
    public IngestReport(int loaded, int unchanged, List<ArticleFailure> failures, long quads, boolean bulk,
                        Duration elapsed) {
        this(loaded, unchanged, failures, quads, bulk, elapsed, List.of(), 0);
    }

    /** Articles per second over the whole load. */
    public double rate() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return loaded / seconds;
    }
}
