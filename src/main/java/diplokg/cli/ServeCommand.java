package diplokg.cli;

import diplokg.server.AdminAccess;
import diplokg.server.DiplokgServer;
import diplokg.server.ServerSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diplokg serve}: serves the store over HTTP until interrupted. */
@Command(name = "serve",
        description = {"Serve the store over HTTP (SPARQL, saved queries, /id/...).",
            "SPARQL at /kg/sparql, graph store at /kg/get, saved queries at /api/queries,"
                + " resources at /id/..., the ontology at /ontology, VoID at /.well-known/void, ping at /$/ping.",
                "The read-write service /kg-admin exists only when DIPLOKG_ADMIN_PASSWORD (user DIPLOKG_ADMIN_USER,"
                        + " default admin) or DIPLOKG_ADMIN_PASSWORD_FILE is set."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    PortOption port;

    @Override
    public Integer call() throws InterruptedException {
        serve(project, port, PortOption.ALL, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    /**
     * Starts the server with the serving options {@code options} ({@code host} being the interface when they name
     * none), prints its URLs and blocks until the JVM is interrupted (Ctrl-C stops it cleanly).
     */
    static void serve(ProjectOptions project, PortOption options, String host, PrintWriter out)
            throws InterruptedException {
        boolean loopback = options.loopback(host);
        ServerSettings settings = new ServerSettings(project.fusekiConfig(), project.data(), options.port,
                project.queries(), project.ontology(), project.base())
                .withAdmin(AdminAccess.fromEnvironment(System.getenv())).withLoopback(loopback)
                .withCache(options.cache()).withWatch(options.watchFolder());
        FusekiServer server = DiplokgServer.build(settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "diplokg-shutdown"));
        String root = "http://localhost:" + server.getHttpPort();
        out.println("diplokg is serving " + project.data() + (loopback
                ? " on localhost only (--host 0.0.0.0 to serve other machines)"
                : " on every interface (--host localhost for this machine only)"));
        out.println("  home page      " + root + "/");
        out.println("  SPARQL query   " + root + "/kg/sparql  (an editor in a browser)");
        out.println("  graph store    " + root + "/kg/get");
        out.println("  saved queries  " + root + "/api/queries  (OpenAPI: " + root + "/api/openapi.json)");
        out.println("  resources      " + root + "/id/...  ontology " + root + "/ontology");
        out.println("  VoID           " + root + "/.well-known/void  dump " + root + "/dumps/diplokg.nq.gz");
        out.println("  ping           " + root + "/$/ping");
        if (!(settings.admin() instanceof AdminAccess.None)) {
            out.println("  admin (login)  " + root + "/kg-admin/update, /kg-admin/data");
        }
        if (options.watch != null) {
            out.println("  watching       " + options.watch + "  (article files added, changed or deleted there are"
                    + " loaded or removed; each batch is logged)");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }
}
