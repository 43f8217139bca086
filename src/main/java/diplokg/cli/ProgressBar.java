package diplokg.cli;

import diplokg.ingest.IngestListener;
import java.io.PrintWriter;

/**
 * Progress of a long load on a terminal: articles done, rate and time left, redrawn on one line. Silent when
 * standard error is not a terminal, so logs and pipes stay clean.
 */
final class ProgressBar implements IngestListener {

    private final PrintWriter err;
    private final long started = System.nanoTime();

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A progress bar when the JVM runs in a terminal, otherwise {@link IngestListener#NONE}. */
    static IngestListener forTerminal(PrintWriter err) {
        return System.console() != null ? new ProgressBar(err) : IngestListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf("\r%d/%d articles, %.0f/s, %d s left   ", done, total, rate, left);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
