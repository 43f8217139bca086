package diplokg.cli;

import diplokg.ingest.IngestOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplokg ingest PATH...}: loads article files (text, web pages, WARC archives) or folders into the store. */
@Command(name = "ingest",
        description = {"Load articles (text, web pages, WARC) or folders into the store.",
            "Loading an article again replaces its graph. An empty store is filled by the TDB2 bulk loader; a "
                + "non-empty one in a single write transaction; `diplokg compact` reclaims the space old blocks "
                + "take. Files of other types in a folder are reported as skipped."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files (.txt, .html, .htm, .warc, .warc.gz) or folders.")
    List<Path> paths;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-size", description = "Articles extracted and written per round; a load is one write "
            + "transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = 500;

    @Option(names = "--force", description = "Reload articles whose text the store already holds.")
    boolean force;

    @Option(names = "--compact-after", description = "Compact after loading at least this many articles into a "
            + "non-empty store; 0 never (default: ${DEFAULT-VALUE}).")
    int compactAfter = 0;

    @Option(names = "--server", paramLabel = "URL", description = "Send the articles to the running diplokg server at"
            + " URL (e.g. http://localhost:3030) instead of the local store: one upload, one transaction there; logs in"
            + " with DIPLOKG_ADMIN_PASSWORD (user DIPLOKG_ADMIN_USER, default admin).")
    String server;

    @Override
    public Integer call() {
        if (server != null) {
            return ServerUpload.ingest(AdminClient.of(server, System.getenv()), paths, force, localOnlyOptions(),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        IngestOptions options = new IngestOptions(threads, batchSize, !force, compactAfter);
        var report = new ArticleLoader(project, options).load(paths, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ArticleLoader.exitCode(report);
    }

    /** The options given that shape a local load only; the server loads with its own. */
    private List<String> localOnlyOptions() {
        return Stream.of("--threads", "--batch-size", "--compact-after", "--data")
                .filter(spec.commandLine().getParseResult()::hasMatchedOption)
                .toList();
    }
}
