package diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --port}, {@code --host}, {@code --no-cache} and {@code --watch} of the verbs that serve ({@code up},
 * {@code serve}).
 */
final class PortOption {

    /** Every interface; Fuseki binds either to it or to the loopback interface, nothing in between. */
    static final String ALL = "0.0.0.0";
    static final String LOCAL = "localhost";

    @Option(names = "--port", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Where to listen: localhost (this machine only) or 0.0.0.0 (every interface). "
                    + "Default: localhost for up, 0.0.0.0 for serve.")
    String host;

    @Option(names = "--no-cache",
            description = "Run every saved query afresh: no answers kept per store version (to measure, or to serve "
                    + "from a store another process changes).")
    boolean noCache;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Keep the store in step with the article files of DIR while serving: files added or changed"
                    + " are loaded, files deleted have their article removed; each batch is logged on stderr.")
    Path watch;

    /** The watched folder, or {@code null}; checked here so that {@code up} fails before it loads the seeds. */
    Path watchFolder() {
        if (watch != null && !Files.isDirectory(watch)) {
            throw new UsageException("--watch " + watch + ": no such folder");
        }
        return watch;
    }

    /** Whether saved-query answers are cached. */
    boolean cache() {
        return !noCache;
    }

    /** Whether to listen on the loopback interface only, {@code host} or else {@code fallback} deciding. */
    boolean loopback(String fallback) {
        String chosen = host == null ? fallback : host.strip();
        return switch (chosen) {
            case LOCAL, "127.0.0.1", "::1" -> true;
            case ALL, "*", "::" -> false;
            default -> throw new UsageException("--host takes localhost (this machine only) or 0.0.0.0 (every "
                    + "interface), not '" + host + "'");
        };
    }
}
