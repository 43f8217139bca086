package diplokg.cli;

import diplokg.ingest.ArticleRemover;
import diplokg.store.TdbStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplokg remove ID...}: removes articles (their named graphs) from the store or a running server. */
@Command(name = "remove",
        description = {"Remove articles by id from the store or a running server.",
            "An id is the article's file name without .txt. One transaction, all or nothing: when an id is not in the"
                + " store, nothing is removed and the unknown ids are named."})
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids.")
    List<String> ids;

    @Option(names = "--server", paramLabel = "URL", description = "Remove them from the running diplokg server at URL"
            + " instead of the local store; logs in with DIPLOKG_ADMIN_PASSWORD (user DIPLOKG_ADMIN_USER, default"
            + " admin).")
    String server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> removed;
        String from;
        if (server != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--data")) {
                throw new UsageException("--data names a local store; with --server the server's store is used");
            }
            AdminClient client = AdminClient.of(server, System.getenv());
            JsonObject reply = client.remove(ids);
            removed = reply.get("removed").getAsArray().stream().map(v -> v.getAsString().value()).toList();
            from = client.root();
        } else {
            try (TdbStore store = project.openStore()) {
                removed = new ArticleRemover(store, project.base()).remove(ids);
            }
            from = project.data().toString();
        }
        out.printf("Removed %d articles from %s%n", removed.size(), from);
        out.flush();
        return ExitCode.OK.code();
    }
}
