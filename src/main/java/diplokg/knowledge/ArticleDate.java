package diplokg.knowledge;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * ISO dates as precise as their source: a year ({@code 2019}), a month ({@code 2024-11}) or a day
 * ({@code 2024-11-13}). Text order is time order for these forms, a less precise date before the more precise ones
 * it contains.
 */
final class ArticleDate {

    static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Orders dates as text, undated (null) last. */
    static final Comparator<String> ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private ArticleDate() {
    }

    static boolean isDay(String date) {
        return date != null && DAY.matcher(date).matches();
    }

    static boolean isMonth(String date) {
        return date != null && MONTH.matcher(date).matches();
    }

    static boolean isYear(String date) {
        return date != null && YEAR.matcher(date).matches();
    }

    /** The first day the date covers, as {@code xsd:date} text: {@code 2024-11} gives {@code 2024-11-01}. */
    static String firstDay(String date) {
        if (isDay(date)) {
            return date;
        }
        if (isMonth(date)) {
            return date + "-01";
        }
        if (isYear(date)) {
            return date + "-01-01";
        }
        throw new IllegalArgumentException("not an ISO year, month or day: " + date);
    }

    /** The date as a typed literal of its precision: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    static Node literal(String date) {
        XSDDatatype type = isDay(date) ? XSDDatatype.XSDdate
                : isMonth(date) ? XSDDatatype.XSDgYearMonth
                : isYear(date) ? XSDDatatype.XSDgYear : null;
        if (type == null) {
            throw new IllegalArgumentException("not an ISO year, month or day: " + date);
        }
        return NodeFactory.createLiteral(date, type);
    }

    /** A day as an {@code xsd:date} literal. */
    static Node day(String date) {
        return NodeFactory.createLiteral(firstDay(date), XSDDatatype.XSDdate);
    }
}
