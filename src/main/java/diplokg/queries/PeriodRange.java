package diplokg.queries;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * The rule for a saved query whose period parameters {@code from} and {@code to} bound a range
 * ({@code ?_from_period}, {@code ?_to_period}): {@code from} may not begin after {@code to} ends. A reversed range
 * would give an empty answer that looks like "no events"; refused instead, naming both values, on the command line as
 * over HTTP (both bind through {@link QueryRunner#bind}). Periods of different lengths are compared by the days they
 * cover: {@code from=2024-05, to=2024} is a range (May to December 2024), {@code from=2024, to=2023-12} is not.
 */
public final class PeriodRange {

    /** The names of the two period parameters that bound a range. */
    public static final String FROM = "from";
    public static final String TO = "to";

    private PeriodRange() {
    }

    /**
     * Checks the range of {@code values} (by parameter name, defaults included, each already a valid period).
     *
     * @throws QueryParameterException when {@code from} begins after {@code to} ends
     */
    static void check(Map<String, QueryParameter> parameters, Map<String, String> values) {
        QueryParameter from = parameters.get(FROM);
        QueryParameter to = parameters.get(TO);
        if (from == null || to == null || from.type() != ParameterType.PERIOD || to.type() != ParameterType.PERIOD
                || values.get(FROM) == null || values.get(TO) == null) {
            return;
        }
        String start = values.get(FROM);
        String end = values.get(TO);
        if (reversed(start, end)) {
            throw new QueryParameterException("parameter 'from' (" + start + ") is after parameter 'to' (" + end
                    + "): the range holds no day; give from before to");
        }
    }

    /** Whether {@code from} begins after {@code to} ends (each a valid period: a year, a month or a day). */
    public static boolean reversed(String from, String to) {
        return first(from).isAfter(last(to));
    }

    /** The first day of a year, a month or a day written as ISO text. */
    static LocalDate first(String period) {
        return switch (period.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(period), 1, 1);
            case 7 -> YearMonth.parse(period).atDay(1);
            default -> LocalDate.parse(period);
        };
    }

    /** The last day of a year, a month or a day written as ISO text. */
    static LocalDate last(String period) {
        return switch (period.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(period), 12, 31);
            case 7 -> YearMonth.parse(period).atEndOfMonth();
            default -> LocalDate.parse(period);
        };
    }
}
