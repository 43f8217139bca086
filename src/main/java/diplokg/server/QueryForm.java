package diplokg.server;

import diplokg.queries.ParameterType;
import diplokg.queries.QueryParameter;
import diplokg.queries.SavedQuery;
import java.util.Map;

/**
 * The HTML form of one saved query: one labelled input per parameter, typed after the parameter's type (a number
 * field for integers, a date field for dates, free text with a hint for periods and IRIs, which
 * may be short ({@code state:RU})), filled with the
 * value the page was asked with, else the query's default. It submits by GET to the query's page
 * ({@link QueryPageServlet}), so the page of an answer has a URL that can be shared.
 */
final class QueryForm {

    private QueryForm() {
    }

    /** Writes the form of {@code query} into {@code html}, with {@code values} given (by parameter name). */
    static void write(Html html, SavedQuery query, Map<String, String> values) {
        html.open("form", "class", "query-form", "method", "get", "action", QueryPageServlet.PATH + "/" + query.name());
        for (QueryParameter parameter : query.parameters()) {
            String id = query.name() + "-" + parameter.name();
            String value = values.getOrDefault(parameter.name(),
                    parameter.defaultValue() == null ? "" : parameter.defaultValue());
            html.open("label", "for", id).text(parameter.name() + " (" + hint(parameter.type())
                    + (parameter.required() ? ", required" : "") + ")").close("label");
            html.open("input", "id", id, "name", parameter.name(), "type", inputType(parameter.type()), "value", value,
                    "required", parameter.required() ? "required" : null);
        }
        html.open("button", "type", "submit").text("Run").close("button");
        html.close("form");
    }

    private static String inputType(ParameterType type) {
        return switch (type) {
            case INTEGER, DECIMAL -> "number";
            case DATE -> "date";
            default -> "text";
        };
    }

    /** What a person should type, in a few words. */
    private static String hint(ParameterType type) {
        return switch (type) {
            case IRI -> "an IRI, e.g. https://w3id.org/diplokg/id/state/FR";
            case PERIOD -> "a year, month or day: 2024, 2024-11, 2024-11-05";
            case YEAR -> "a year";
            case DATE -> "a date";
            case BOOLEAN -> "true or false";
            default -> type.jsonName();
        };
    }
}
