package diplokg.server;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.WebContent;

/**
 * The OpenAPI description of the admin API for articles ({@link ArticleUploadServlet}, {@link ArticleRemovalServlet}),
 * added to {@code /api/openapi.json} when the server has admin credentials and so serves it.
 */
final class AdminApiDocument {

    private static final String SECURITY = "adminLogin";
    private static final String ERROR_REF = "#/components/schemas/Error";

    private AdminApiDocument() {
    }

    /** Adds the admin paths, their answers and the HTTP Basic security scheme to {@code document}. */
    static void addTo(JsonObject document) {
        JsonObject paths = document.get("paths").getAsObject();
        paths.put(ArticleUploadServlet.PATH, post(upload()));
        paths.put(ArticleRemovalServlet.PATH, post(removal()));
        JsonObject basic = new JsonObject();
        basic.put("type", "http");
        basic.put("scheme", "basic");
        basic.put("description", "The admin user (DIPLOKG_ADMIN_USER, default admin) and DIPLOKG_ADMIN_PASSWORD");
        JsonObject schemes = new JsonObject();
        schemes.put(SECURITY, basic);
        document.get("components").getAsObject().put("securitySchemes", schemes);
    }

    private static JsonObject upload() {
        JsonObject operation = operation("addArticles", "Add articles to the store, in one transaction",
                "One article (text/plain or text/html, named by ?name=), or many: the files of a multipart form, or"
                        + " of a zip or tar.gz archive (files in folders read under their own names; links, folders"
                        + " and names with '..' or an absolute path rejected). Articles are read and extracted as by"
                        + " 'diplokg ingest'; unchanged ones are skipped unless ?force=true; a rejected file never"
                        + " stops the others. Readers see the whole upload or none of it, from the moment of the"
                        + " reply.");
        JsonArray parameters = new JsonArray();
        parameters.add(query("name", "The file name of a single text/plain or text/html article (its id)", "string"));
        parameters.add(query("force", "Reload articles whose text the store already holds", "boolean"));
        operation.put("parameters", parameters);
        JsonObject content = new JsonObject();
        for (String type : List.of("text/plain", "text/html", "multipart/form-data", "application/zip",
                "application/gzip")) {
            content.put(type, new JsonObject());
        }
        JsonObject body = new JsonObject();
        body.put("required", true);
        body.put("content", content);
        operation.put("requestBody", body);
        JsonObject responses = responses("loaded, unchanged, rejected (file and reason of each), quads, elapsed_ms");
        responses.put("400", error("No file, an unreadable archive or form, or a bad parameter"));
        responses.put("413", error("Too large: the body, one file, the expanded archive or the number of files"));
        responses.put("415", error("A media type that is not accepted"));
        operation.put("responses", responses);
        return operation;
    }

    private static JsonObject removal() {
        JsonObject operation = operation("removeArticles", "Remove articles from the store, in one transaction",
                "A form of id values (the article ids). All or nothing: when an id is not in the store, nothing is"
                        + " removed and the answer is 404 with the unknown ids under 'missing'.");
        JsonObject content = new JsonObject();
        content.put(WebContent.contentTypeHTMLForm, new JsonObject());
        JsonObject body = new JsonObject();
        body.put("required", true);
        body.put("content", content);
        operation.put("requestBody", body);
        JsonObject responses = responses("removed: the ids removed");
        responses.put("404", error("Some ids are not in the store; nothing was removed"));
        responses.put("415", error("Not a form"));
        operation.put("responses", responses);
        return operation;
    }

    private static JsonObject post(JsonObject operation) {
        JsonObject path = new JsonObject();
        path.put("post", operation);
        return path;
    }

    private static JsonObject operation(String id, String summary, String description) {
        JsonObject operation = new JsonObject();
        operation.put("operationId", id);
        operation.put("summary", summary);
        operation.put("description", description);
        operation.put("tags", tagList());
        JsonObject requirement = new JsonObject();
        requirement.put(SECURITY, new JsonArray());
        JsonArray security = new JsonArray();
        security.add(requirement);
        operation.put("security", security);
        return operation;
    }

    private static JsonArray tagList() {
        JsonArray tags = new JsonArray();
        tags.add("admin");
        return tags;
    }

    private static JsonObject query(String name, String description, String type) {
        JsonObject schema = new JsonObject();
        schema.put("type", type);
        return OpenApiDocument.common(name, description, schema);
    }

    private static JsonObject responses(String ok) {
        JsonObject json = new JsonObject();
        json.put(WebContent.contentTypeJSON, new JsonObject());
        JsonObject success = new JsonObject();
        success.put("description", ok);
        success.put("content", json);
        JsonObject responses = new JsonObject();
        responses.put("200", success);
        responses.put("401", error("Login required, or wrong credentials"));
        responses.put("403", error("The user may not write"));
        responses.put("429", error("Too many failed logins from this address"));
        return responses;
    }

    private static JsonObject error(String description) {
        JsonObject ref = new JsonObject();
        ref.put("$ref", ERROR_REF);
        JsonObject schema = new JsonObject();
        schema.put("schema", ref);
        JsonObject content = new JsonObject();
        content.put(WebContent.contentTypeJSON, schema);
        JsonObject response = new JsonObject();
        response.put("description", description);
        response.put("content", content);
        return response;
    }
}
