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

    static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    /** The years an article's text dates events in (those extraction reads as years). */
    static final int FIRST_YEAR = 1600;
    static final int LAST_YEAR = 2199;

    /** Orders dates as text, undated (null) last. */
    static final Comparator<String> ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private ArticleDate() {
    }

    /**
     * A date without a year ({@code --10-31}: the article says "31 October") with the year of the article's date, or
     * the year before when that would put it after the article (an article of January 2025 recalling 28 December);
     * other dates, and any date of an undated article, as they are.
     */
    static String withYear(String date, String articleDate) {
        if (date == null || articleDate == null || !MONTH_DAY.matcher(date).matches() || articleDate.length() < 7) {
            return date;
        }
        int year = Integer.parseInt(articleDate.substring(0, 4));
        String sameYear = year + date.substring(1);
        return sameYear.substring(0, 7).compareTo(articleDate.substring(0, 7)) > 0 ? (year - 1) + date.substring(1)
                : sameYear;
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
