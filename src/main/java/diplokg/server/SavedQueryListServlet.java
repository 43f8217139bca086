package diplokg.server;

import diplokg.queries.SavedQueryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonObject;

/** {@code GET /api/queries} (the listing) and {@code GET /api/openapi.json} (the OpenAPI document). */
final class SavedQueryListServlet extends GuardedServlet {

    private final transient JsonObject document;

    private SavedQueryListServlet(JsonObject document) {
        this.document = document;
    }

    /** Serves {@link QueryListing} of {@code catalog}. */
    static SavedQueryListServlet listing(SavedQueryCatalog catalog) {
        return new SavedQueryListServlet(QueryListing.of(catalog.all()));
    }

    /** Serves {@link OpenApiDocument} of {@code catalog}. */
    static SavedQueryListServlet openApi(SavedQueryCatalog catalog, String version, boolean admin) {
        JsonObject document = OpenApiDocument.of(catalog.all(), Objects.requireNonNull(version));
        if (admin) {
            AdminApiDocument.addTo(document);
        }
        return new SavedQueryListServlet(document);
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonReply.send(response, document);
    }
}
