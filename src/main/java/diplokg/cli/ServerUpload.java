package diplokg.cli;

import diplokg.article.ArticleFiles;
import diplokg.article.ArticleFormatException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code ingest --server URL}: lists the article files under the paths as a local ingest would
 * ({@link ArticleFiles}), uploads them to the server in one request, and reports its answer as a local load does.
 */
final class ServerUpload {

    private ServerUpload() {
    }

    /** Uploads the articles under {@code paths}; returns the exit code. */
    static int ingest(AdminClient client, List<Path> paths, boolean force, List<String> localOnlyOptions,
                      PrintWriter out, PrintWriter err) {
        if (!localOnlyOptions.isEmpty()) {
            throw new UsageException(String.join(", ", localOnlyOptions) + " shape a load into a local store; with"
                    + " --server the server loads with its own settings: leave them out");
        }
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        for (ArticleFormatException problem : listing.problems()) {
            err.println("rejected: " + problem.getMessage());
        }
        if (listing.files().isEmpty()) {
            out.println("No article file to send to " + client.root());
            out.flush();
            err.flush();
            return listing.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
        }
        JsonObject reply = client.upload(listing.files(), force);
        List<JsonValue> rejected = reply.get("rejected").getAsArray();
        for (JsonValue rejection : rejected) {
            err.println("rejected: " + rejection.getAsObject().getString("reason"));
        }
        out.printf("Loaded %d articles (%d unchanged, %d rejected), %d quads, in %d ms, into %s%n",
                reply.getNumber("loaded").longValue(), reply.getNumber("unchanged").longValue(),
                rejected.size() + listing.problems().size(), reply.getNumber("quads").longValue(),
                reply.getNumber("elapsed_ms").longValue(), client.root());
        out.flush();
        err.flush();
        return rejected.isEmpty() && listing.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }
}
