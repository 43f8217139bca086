package diplokg.queries;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 * a date, {@code ?_name_xsd_gYear} a year, {@code ?_name_period} a year, month or day written as ISO text.
 */
public enum ParameterType {
    STRING("string", null),
    IRI("iri", null),
    INTEGER("integer", XSDDatatype.XSDinteger),
    DECIMAL("decimal", XSDDatatype.XSDdecimal),
    DATE("date", XSDDatatype.XSDdate),
    /** A year, a month or a day ({@code 2024}, {@code 2024-11}, {@code 2024-11-05}), bound as a string. */
    PERIOD("period", null),
    YEAR("gYear", XSDDatatype.XSDgYear),
    BOOLEAN("boolean", XSDDatatype.XSDboolean);

    /**
     * The longest value any parameter takes, in characters. No value a saved query needs (an IRI, a date, a few
     * search words) comes near it, and the API repeats every value in the answer's {@code Link} header: a longer
     * one would push that header past Jetty's 8 KiB and the server would drop the connection instead of answering.
     */
    public static final int MAX_VALUE_LENGTH = 1_000;

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
            case "period" -> PERIOD;
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
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new QueryParameterException("parameter '" + parameter + "' is " + value.length()
                    + " characters long; a value may have at most " + MAX_VALUE_LENGTH);
        }
        if (this == STRING) {
            return NodeFactory.createLiteralString(value);
        }
        if (this == PERIOD) {
            return NodeFactory.createLiteralString(period(parameter, value));
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

    /** {@code value} when it is a real year, month or day of the ISO calendar (years 1000 to 9999). */
    private static String period(String parameter, String value) {
        String problem = "parameter '" + parameter + "' must be a year, a month or a day (2024, 2024-11, "
                + "2024-11-05), got '" + value + "'";
        if (!value.matches("[1-9]\\d{3}(-\\d{2}(-\\d{2})?)?")) {
            throw new QueryParameterException(problem);
        }
        try {
            if (value.length() == 7) {
                YearMonth.parse(value);
            } else if (value.length() == 10) {
                LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // Written like a month or a day, so "must be a day" alone would leave the user looking at a day.
            throw new QueryParameterException(problem + ": the calendar has no such "
                    + (value.length() == 7 ? "month" : "day"));
        }
        return value;
    }

    private String article() {
        return this == INTEGER ? "an" : "a";
    }
}
