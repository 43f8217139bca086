package diplokg.server;

import diplokg.store.LoggedDataset;
import diplokg.store.PatchLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Objects;

/**
 * {@code GET /kg/patches?from=N}: the change feed, read-only. Answers the patches of the store's {@link PatchLog}
 * that follow version {@code N} (default 0), in order, concatenated as RDF Patch text ({@value PatchLog#MEDIA_TYPE}),
 * each {@code H version V . TX . ... TC .}; at most {@value #MAX_PATCHES} patches or about {@value #MAX_BYTES} bytes
 * (always at least one), so a reader far behind asks again from the last version it got. Headers:
 * {@value #VERSION_HEADER} the store's version, {@value #FLOOR_HEADER} the oldest version the log can be followed
 * from, {@value #LAST_HEADER} the version of the last patch sent ({@code N} when none).
 *
 * <p>Errors (JSON): 400 for a {@code from} that is not a number of 0 or more; 410 when {@code N} is older than the
 * trimmed log (start from a dump); 409 when {@code N} is ahead of the store (the reader followed another store, or
 * this one was restored from an older copy).
 */
final class PatchFeedServlet extends GuardedServlet {

    /** The feed's path, inside the public dataset's. */
    static final String PATH = DiplokgServer.DATASET + "/patches";
    static final String VERSION_HEADER = "Diplokg-Version";
    static final String FLOOR_HEADER = "Diplokg-Log-Floor";
    static final String LAST_HEADER = "Diplokg-Last-Version";
    static final int MAX_PATCHES = 1000;
    static final long MAX_BYTES = 64L << 20;

    private final transient LoggedDataset store;

    PatchFeedServlet(LoggedDataset store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long from;
        try {
            from = request.getParameter("from") == null ? 0 : Long.parseLong(request.getParameter("from"));
        } catch (NumberFormatException e) {
            from = -1;
        }
        PatchLog log = store.log();
        long version = store.version();
        long floor = log.floor();
        response.setHeader(VERSION_HEADER, Long.toString(version));
        response.setHeader(FLOOR_HEADER, Long.toString(floor));
        if (from < 0) {
            ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "from must be a version: a whole number, 0 or more")
                    .with("from", String.valueOf(request.getParameter("from"))).send(response);
        } else if (from < floor) {
            ErrorReply.of(HttpServletResponse.SC_GONE, "the log has been trimmed: it starts after version " + floor
                    + "; start from a dump of the store (" + DatasetDescription.DUMP_PATH + ") and follow from"
                    + " its version").with("from", from).with("floor", floor).with("version", version)
                    .send(response);
        } else if (from > version) {
            ErrorReply.of(HttpServletResponse.SC_CONFLICT, "version " + from + " is ahead of this store, at version "
                    + version + ": the reader followed another store, or this one was restored from an older copy")
                    .with("from", from).with("version", version).send(response);
        } else {
            send(log, from, version, response);
        }
    }

    private static void send(PatchLog log, long from, long version, HttpServletResponse response) throws IOException {
        long last = from;
        long bytes = 0;
        // A patch committed a moment ago may not be renamed yet: the list stops before it, the next request gets it.
        while (last < version && last - from < MAX_PATCHES && (bytes < MAX_BYTES || last == from)
                && log.contains(last + 1)) {
            last++;
            bytes += Files.size(log.fileOf(last));
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PatchLog.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(LAST_HEADER, Long.toString(last));
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            for (long v = from + 1; v <= last; v++) {
                try (InputStream in = log.open(v)) {
                    in.transferTo(out);
                }
            }
        }
    }
}
