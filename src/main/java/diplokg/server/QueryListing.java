package diplokg.server;

import diplokg.queries.QueryParameter;
import diplokg.queries.SavedQuery;
import java.util.Collection;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The JSON list of saved queries served at {@code /api/queries}: for each, its name, summary, description, tags,
 * query form, typed parameters (required or with their default), answer media types and path.
 */
final class QueryListing {

    static final String PATH = "/api/queries";

    private QueryListing() {
    }

    /** {@code {"queries": [...]}} for {@code queries}, in their order. */
    static JsonObject of(Collection<SavedQuery> queries) {
        JsonArray list = new JsonArray();
        queries.forEach(query -> list.add(entry(query)));
        JsonObject body = new JsonObject();
        body.put("queries", list);
        return body;
    }

    private static JsonObject entry(SavedQuery query) {
        JsonObject entry = new JsonObject();
        entry.put("name", query.name());
        entry.put("summary", query.summary());
        entry.put("description", query.description());
        entry.put("tags", strings(query.tags()));
        entry.put("form", AnswerFormats.form(query.query()));
        entry.put("path", PATH + "/" + query.name());
        JsonArray parameters = new JsonArray();
        query.parameters().forEach(p -> parameters.add(parameter(p)));
        entry.put("parameters", parameters);
        entry.put("formats", strings(AnswerFormats.mediaTypes(query.query())));
        return entry;
    }

    private static JsonObject parameter(QueryParameter parameter) {
        JsonObject json = new JsonObject();
        json.put("name", parameter.name());
        json.put("type", parameter.type().jsonName());
        json.put("required", parameter.required());
        if (parameter.defaultValue() != null) {
            json.put("default", parameter.defaultValue());
        }
        return json;
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
