package diplokg.server;

import diplokg.ingest.ArticleFailure;
import diplokg.ingest.IngestReport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /kg-admin/articles}: adds the uploaded articles to the served store in one write transaction and
 * answers what happened, as JSON: {@code loaded}, {@code unchanged}, {@code rejected} (each file with the reason),
 * {@code quads} written and {@code elapsed_ms}. The upload is saved into a fresh folder beside the store
 * ({@link UploadFolder}), read by {@link UploadReader}, loaded by {@link ServedArticles}, and the folder deleted.
 * A rejected article never stops the others; an upload refused as a whole (too large, unreadable archive, unknown
 * media type) stores nothing.
 */
final class ArticleUploadServlet extends AdminServlet {

    static final String PATH = DiplokgServer.ADMIN + "/articles";
    private static final Logger LOG = LoggerFactory.getLogger(ArticleUploadServlet.class);

    private final ServedArticles articles;
    private final UploadReader reader;
    private final UploadLimits limits;

    ArticleUploadServlet(ServedArticles articles, UploadLimits limits) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new UploadReader(limits);
    }

    @Override
    Set<String> parameters() {
        return Set.of("name", "force");
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean force = flag(request, "force");
        try (UploadFolder upload = UploadFolder.create(articles.uploadParent(), limits)) {
            reader.read(request, request.getParameter("name"), upload);
            if (upload.files().isEmpty() && upload.rejected().isEmpty()) {
                throw new UploadRefusedException(400, "the upload holds no file");
            }
            IngestReport report = articles.load(upload.files(), force);
            LOG.info("Upload by {}: {} articles loaded, {} unchanged, {} rejected, {} quads in {} ms",
                    request.getRemoteUser(), report.loaded(), report.unchanged(),
                    report.failures().size() + upload.rejected().size(), report.quads(), report.elapsed().toMillis());
            JsonReply.send(response, reply(report, upload));
        }
    }

    private static JsonObject reply(IngestReport report, UploadFolder upload) {
        JsonArray rejected = new JsonArray();
        upload.rejected().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rejected.add(rejection(e.getKey(), e.getValue())));
        for (ArticleFailure failure : report.failures()) {
            Path file = failure.file();
            rejected.add(rejection(upload.sentName(file), upload.withoutFolder(failure.message())));
        }
        JsonObject body = new JsonObject();
        body.put("loaded", report.loaded());
        body.put("unchanged", report.unchanged());
        body.put("rejected", rejected);
        body.put("quads", report.quads());
        body.put("elapsed_ms", report.elapsed().toMillis());
        return body;
    }

    private static JsonObject rejection(String file, String reason) {
        JsonObject entry = new JsonObject();
        entry.put("file", file);
        entry.put("reason", reason);
        return entry;
    }
}
