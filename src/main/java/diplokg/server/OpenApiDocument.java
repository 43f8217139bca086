package diplokg.server;

import diplokg.queries.ParameterType;
import diplokg.queries.QueryParameter;
import diplokg.queries.SavedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.WebContent;

/**
 * The OpenAPI 3 description of the saved-query API served at {@code /api/openapi.json}: one GET operation per
 * saved query, its parameters with their schema types and defaults, and its answers with their media types, plus
 * the listing. Server URLs are relative ({@code /}), so the document holds under any host. Pure function of the
 * catalogue.
 */
final class OpenApiDocument {

    static final String PATH = "/api/openapi.json";
    private static final String ERROR_REF = "#/components/schemas/Error";

    private OpenApiDocument() {
    }

    /** The document for {@code queries}. */
    static JsonObject of(Collection<SavedQuery> queries, String version) {
        JsonObject document = new JsonObject();
        document.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "diplokg saved queries");
        info.put("version", version);
        info.put("description", "The saved SPARQL queries of diplokg, run against the knowledge graph of Vietnam's"
                + " foreign relations. Parameters are bound as RDF terms; answers are negotiated with Accept.");
        document.put("info", info);
        JsonArray servers = new JsonArray();
        servers.add(object("url", "/"));
        document.put("servers", servers);
        JsonObject paths = new JsonObject();
        paths.put(QueryListing.PATH, object("get", listOperation()));
        queries.forEach(query -> paths.put(QueryListing.PATH + "/" + query.name(), object("get", operation(query))));
        document.put("paths", paths);
        document.put("tags", tags(queries));
        document.put("components", components());
        return document;
    }

    /** The schema of a parameter type: JSON types, with {@code format} or {@code pattern} for the RDF ones. */
    static JsonObject schema(ParameterType type) {
        JsonObject schema = new JsonObject();
        switch (type) {
            case INTEGER -> schema.put("type", "integer");
            case DECIMAL -> schema.put("type", "number");
            case BOOLEAN -> schema.put("type", "boolean");
            case IRI -> {
                schema.put("type", "string");
                schema.put("format", "uri");
            }
            case DATE -> {
                schema.put("type", "string");
                schema.put("format", "date");
            }
            case YEAR -> {
                schema.put("type", "string");
                schema.put("pattern", "^-?[0-9]{4,}$");
            }
            default -> schema.put("type", "string");
        }
        return schema;
    }

    private static JsonObject listOperation() {
        JsonObject operation = new JsonObject();
        operation.put("operationId", "listQueries");
        operation.put("summary", "List the saved queries with their parameters");
        JsonObject responses = new JsonObject();
        responses.put("200", response("The saved queries", List.of(WebContent.contentTypeJSON), null));
        operation.put("responses", responses);
        return operation;
    }

    private static JsonObject operation(SavedQuery query) {
        JsonObject operation = new JsonObject();
        operation.put("operationId", query.name());
        operation.put("summary", query.summary());
        if (!query.description().isEmpty()) {
            operation.put("description", query.description());
        }
        operation.put("tags", QueryListing.strings(query.tags()));
        JsonArray parameters = new JsonArray();
        query.parameters().forEach(p -> parameters.add(parameter(p)));
        JsonObject page = new JsonObject();
        page.put("type", "integer");
        page.put("minimum", 1);
        page.put("default", 1);
        parameters.add(common(SavedQueryServlet.PAGE, "The page of the answer, from 1; the Link header links the "
                + "first, previous and next pages", page));
        JsonObject format = new JsonObject();
        format.put("type", "string");
        format.put("enum", QueryListing.strings(AnswerFormats.of(query.query()).stream()
                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
        parameters.add(common(ContentNegotiation.FORMAT_PARAMETER, "The format's name, instead of the Accept header",
                format));
        operation.put("parameters", parameters);
        JsonObject responses = new JsonObject();
        responses.put("200", response("The answer, in the format chosen by the Accept header (default first)",
                AnswerFormats.mediaTypes(query.query()), null));
        responses.put("400", response("A parameter is missing, unknown or of the wrong type", List.of(), ERROR_REF));
        responses.put("406", response("No acceptable format", List.of(), ERROR_REF));
        responses.put("503", response("The query ran out of time", List.of(), ERROR_REF));
        operation.put("responses", responses);
        return operation;
    }

    /** An optional query parameter {@code name} of {@code schema}; the admin API's document uses it too. */
    static JsonObject common(String name, String description, JsonObject schema) {
        JsonObject json = new JsonObject();
        json.put("name", name);
        json.put("in", "query");
        json.put("required", false);
        json.put("description", description);
        json.put("schema", schema);
        return json;
    }

    private static JsonObject parameter(QueryParameter parameter) {
        JsonObject json = new JsonObject();
        json.put("name", parameter.name());
        json.put("in", "query");
        json.put("required", parameter.required());
        String term = parameter.type() == ParameterType.IRI ? "an IRI"
                : "a literal of type " + parameter.type().jsonName();
        json.put("description", "SPARQL variable ?" + parameter.variable() + ", bound as " + term);
        JsonObject schema = schema(parameter.type());
        if (parameter.defaultValue() != null) {
            schema.put("default", defaultValue(parameter));
        }
        json.put("schema", schema);
        return json;
    }

    /** A default as the JSON type of its schema; values that do not fit stay strings. */
    private static JsonValue defaultValue(QueryParameter parameter) {
        String value = parameter.defaultValue();
        try {
            return switch (parameter.type()) {
                case INTEGER -> JsonNumber.value(Long.parseLong(value));
                case DECIMAL -> JsonNumber.value(new BigDecimal(value));
                case BOOLEAN -> new JsonBoolean(Boolean.parseBoolean(value));
                default -> new JsonString(value);
            };
        } catch (NumberFormatException e) {
            return new JsonString(value);
        }
    }

    private static JsonObject response(String description, List<String> mediaTypes, String schemaRef) {
        JsonObject response = new JsonObject();
        response.put("description", description);
        JsonObject content = new JsonObject();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, new JsonObject());
        }
        if (schemaRef != null) {
            JsonObject json = new JsonObject();
            json.put("schema", object("$ref", schemaRef));
            content.put(WebContent.contentTypeJSON, json);
        }
        response.put("content", content);
        return response;
    }

    private static JsonArray tags(Collection<SavedQuery> queries) {
        TreeSet<String> names = new TreeSet<>();
        queries.forEach(q -> names.addAll(q.tags()));
        JsonArray tags = new JsonArray();
        names.forEach(name -> tags.add(object("name", name)));
        return tags;
    }

    private static JsonObject components() {
        JsonObject properties = new JsonObject();
        properties.put("error", object("type", "string"));
        properties.put("status", object("type", "integer"));
        JsonObject error = new JsonObject();
        error.put("type", "object");
        error.put("required", QueryListing.strings(List.of("error", "status")));
        error.put("properties", properties);
        JsonObject schemas = new JsonObject();
        schemas.put("Error", error);
        return object("schemas", schemas);
    }

    private static JsonObject object(String key, Object value) {
        JsonObject object = new JsonObject();
        if (value instanceof JsonObject json) {
            object.put(key, json);
        } else {
            object.put(key, String.valueOf(value));
        }
        return object;
    }
}
