package diplokg.generate;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a corpus generation wrote.
 *
 * @param folder   the corpus folder ({@code articles/} and {@code gold/} inside)
 * @param articles the number of articles
 * @param bytes    the bytes written, articles and gold together
 * @param elapsed  the wall-clock time taken
 */
public record CorpusReport(Path folder, int articles, long bytes, Duration elapsed) {

    /** Articles per second. */
    public double rate() {
        return articles / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
