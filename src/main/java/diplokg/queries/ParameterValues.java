package diplokg.queries;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/**
 * What a user writes for saved-query parameters, made into the values the query binds: the one rule the command
 * line and the HTTP API share, so that {@code state=state:RU} means the same in a terminal and in a URL.
 */
public final class ParameterValues {

    /** The prefix of states' IRIs in the tables ({@code state:RU}). */
    private static final String STATE_PREFIX = "state";

    private ParameterValues() {
    }

    /**
     * {@code values} with IRIs written as the tables show them ({@code state:RU}) expanded with {@code prefixes}
     * (otherwise such a value would pass as an IRI of the scheme "state" and silently match nothing), and a state
     * written by its ISO code or its name ({@code RU}, {@code Russie}) made the state's IRI, as {@code state:RU}.
     *
     * @throws QueryParameterException when an IRI parameter's value has no scheme and names no state
     */
    public static Map<String, String> expand(SavedQuery query, Map<String, String> values, PrefixMapping prefixes,
                                             StateNames states) {
        Map<String, String> expanded = new LinkedHashMap<>(values);
        for (QueryParameter parameter : query.parameters()) {
            String value = expanded.get(parameter.name());
            if (value == null || parameter.type() != ParameterType.IRI) {
                continue;
            }
            String iri = prefixes.expandPrefix(value);
            if (iri.equals(value) && !value.contains(":")) {
                String code = states.code(value).orElseThrow(() -> new QueryParameterException("parameter '"
                        + parameter.name() + "' is neither an IRI nor a state: '" + value + "'; give an IRI, a short"
                        + " form such as state:RU, or a state's ISO code (RU) or name (Russie)"));
                iri = prefixes.expandPrefix(STATE_PREFIX + ":" + code);
            }
            expanded.put(parameter.name(), iri);
        }
        return expanded;
    }
}
