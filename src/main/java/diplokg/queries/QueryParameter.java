package diplokg.queries;

/**
 * A parameter of a saved query.
 *
 * @param name         the name users give ({@code state} for the variable {@code ?_state_iri})
 * @param variable     the SPARQL variable name without {@code ?}
 * @param type         the value's type
 * @param required     grlc's convention: {@code ?_x} is required unless it has a default, {@code ?__x} optional
 * @param defaultValue the value used when none is given, or null
 */
public record QueryParameter(String name, String variable, ParameterType type, boolean required, String defaultValue) {
}
