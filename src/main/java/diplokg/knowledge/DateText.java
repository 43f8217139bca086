package diplokg.server;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the pages write it. An event's date is ISO and as precise as its article ({@code dkg:date}); the day an
 * article gives without a year is ISO's {@code --10-31}, which reads as a typing error on a page: it shows as
 * "31 Oct, no year". Every other value is its own text. The data (CSV, JSON, RDF) keep the ISO form; the pages'
 * script ({@code tables.js}) writes the same.
 */
final class DateText {

    private static final Pattern YEARLESS = Pattern.compile("--(\\d{2})-(\\d{2})");

    private DateText() {
    }

    /** {@code text} as the pages show it. */
    static String readable(String text) {
        Matcher day = YEARLESS.matcher(text);
        if (!day.matches()) {
            return text;
        }
        int month = Integer.parseInt(day.group(1));
        if (month < 1 || month > 12) {
            return text;
        }
        return Integer.parseInt(day.group(2)) + " " + Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + ", no year";
    }
}
