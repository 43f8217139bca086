package diplokg.knowledge;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people read it. An event's date is ISO and as precise as its article ({@code dkg:date}); the day an
 * article gives without a year is ISO's {@code --10-31}, which reads as a typing error: it reads "31 Oct, no year".
 * Every other value is its own text. A happening's label (written here, in the knowledge layer) and the pages (the
 * server's and the tables its script {@code tables.js} draws, which writes the same in JavaScript) read so; the data
 * values (CSV, JSON, {@code dkg:date}) keep the ISO form.
 */
public final class DateText {

    private static final Pattern YEARLESS = Pattern.compile("--(\\d{2})-(\\d{2})");
    /** A year, a month or a day in ISO form, a day without its year, or a timestamp. */
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})?)?)?)?|--\\d{2}-\\d{2}");

    private DateText() {
    }

    /**
     * Whether {@code text} is a date as diplokg writes one: the pages keep it on one line, since a browser breaks a
     * line after a hyphen ("2024-05-" over "15" in a narrow column).
     */
    public static boolean isDate(String text) {
        return ISO.matcher(text).matches();
    }

    /** {@code text} as the pages show it. */
    public static String readable(String text) {
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
