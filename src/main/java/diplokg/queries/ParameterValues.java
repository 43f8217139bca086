package diplokg.queries;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/**
 * What a user writes for saved-query parameters, made into the values the query binds: the one rule the command
 * line and the HTTP API share, so that {@code state=state:RU} means the same in a terminal and in a URL.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * {@code values} with IRIs written as the tables show them ({@code state:RU}) expanded with {@code prefixes}:
     * otherwise such a value would pass as an IRI of the scheme "state" and silently match nothing.
     */
    public static Map<String, String> expand(SavedQuery query, Map<String, String> values, PrefixMapping prefixes) {
        Map<String, String> expanded = new LinkedHashMap<>(values);
        for (QueryParameter parameter : query.parameters()) {
            String value = expanded.get(parameter.name());
            if (value != null && parameter.type() == ParameterType.IRI) {
                expanded.put(parameter.name(), prefixes.expandPrefix(value));
            }
        }
        return expanded;
    }
}
