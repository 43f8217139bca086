package diplokg.queries;

import java.util.Locale;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;

/**
 * The type of a saved-query parameter, read from its variable name as grlc does: {@code ?_name} is a string,
 * {@code ?_name_iri} an IRI, {@code ?_name_xsd_integer} (or {@code _integer}) an integer, {@code ?_name_xsd_date}
 * a date, {@code ?_name_xsd_gYear} a year.
 */
public enum ParameterType {
    STRING("string", null),
    IRI("iri", null),
    INTEGER("integer", XSDDatatype.XSDinteger),
    DECIMAL("decimal", XSDDatatype.XSDdecimal),
    DATE("date", XSDDatatype.XSDdate),
    YEAR("gYear", XSDDatatype.XSDgYear),
    BOOLEAN("boolean", XSDDatatype.XSDboolean);

    private final String jsonName;
    private final XSDDatatype datatype;

    ParameterType(String jsonName, XSDDatatype datatype) {
        this.jsonName = jsonName;
        this.datatype = datatype;
    }

    /** The name used in the API listing and OpenAPI ("string", "iri", "integer" ...). */
    public String jsonName() {
        return jsonName;
    }

    /** The type named by a grlc suffix ("iri", "xsd_integer", "integer"), or null when the suffix names none. */
    static ParameterType ofSuffix(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT).replaceFirst("^xsd_", "");
        return switch (s) {
            case "iri" -> IRI;
            case "integer", "int" -> INTEGER;
            case "decimal" -> DECIMAL;
            case "date" -> DATE;
            case "gyear" -> YEAR;
            case "boolean" -> BOOLEAN;
            case "string" -> STRING;
            default -> null;
        };
    }

    /**
     * The RDF term for {@code value}: a literal of this type, or an IRI. The value is never parsed as SPARQL.
     *
     * @throws QueryParameterException when the value is not of this type
     */
    public Node toNode(String parameter, String value) {
        if (this == STRING) {
            return NodeFactory.createLiteralString(value);
        }
        if (this == IRI) {
            try {
                IRIs.checkEx(value);
            } catch (IRIException e) {
                throw new QueryParameterException("parameter '" + parameter + "' is not a valid IRI: " + value);
            }
            if (!IRIs.check(value) || !value.contains(":")) {
                throw new QueryParameterException("parameter '" + parameter + "' is not an absolute IRI: " + value);
            }
            return NodeFactory.createURI(value);
        }
        String lexical = this == BOOLEAN ? value.toLowerCase(Locale.ROOT) : value;
        if (!datatype.isValid(lexical)) {
            throw new QueryParameterException("parameter '" + parameter + "' must be " + article() + " " + jsonName
                    + ", got '" + value + "'");
        }
        return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype.getURI()));
    }

    private String article() {
        return this == INTEGER ? "an" : "a";
    }
}
