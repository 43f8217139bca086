package diplokg.cli;

import diplokg.server.DiplokgServer;
import diplokg.server.ServerSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg replica}: a read-only copy of a primary server's store, kept in step and served over HTTP. */
@Command(name = "replica",
        description = {"Serve a read-only copy of a primary server, kept in step.",
            "The copy in --data follows the primary's change feed (/kg/patches) and is served as 'serve' does,"
                + " without /kg-admin.",
            "Each patch is applied in one transaction with its version: after any stop the replica resumes at the"
                + " last patch it applied. An empty store catches up from the primary's whole log."})
final class ReplicaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    PortOption port;

    @Option(names = "--primary", paramLabel = "URL", required = true,
            description = "The primary server's root URL, e.g. http://primary:3030")
    URI primary;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "500",
            description = "Pause between two asks when in step, in milliseconds (default: ${DEFAULT-VALUE}).")
    long interval;

    @Override
    public Integer call() throws InterruptedException {
        if (port.watch != null) {
            throw new UsageException("a replica is written only by its primary's feed: --watch is not for it");
        }
        if (interval < 1 || primary.getScheme() == null || !primary.getScheme().startsWith("http")) {
            throw new UsageException("--primary takes an http(s) URL and --interval a positive number");
        }
        boolean loopback = port.loopback(PortOption.ALL);
        ServerSettings settings = new ServerSettings(project.fusekiConfig(), project.data(), port.port,
                project.queries(), project.ontology(), project.base()).withLoopback(loopback)
                .withCache(port.cache());
        FusekiServer server = DiplokgServer.buildReplica(settings, primary, Duration.ofMillis(interval)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "diplokg-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("diplokg replica of " + primary + " in " + project.data() + ", serving read-only at"
                + " http://localhost:" + server.getHttpPort() + "/ (change feed /kg/patches)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return ExitCode.OK.code();
    }
}
