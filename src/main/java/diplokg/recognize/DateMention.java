package diplokg.recognize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * A date written in a sentence, tokens {@code [first, end)}, with what it gives: {@code year}, {@code month} and
 * {@code day} (0 when not written); {@code lastYear} when the month is written as "en mars dernier"; or, when
 * {@code relative}, a day told relative to the event reported before it ("le même jour", "le lendemain"),
 * {@code shift} days after that event's day. A {@code range} ("du 3 au 5 mai", "du 31 juillet au 3 août") gives
 * its first day. A
 * {@code weekday} written alone ("mardi", 1 to 7 from Monday; 0 when none) is relative: the first such day from the
 * event reported before. A {@code counted} year is {@code -year} years before the article's ("il y a 15 ans": -15;
 * "plus tôt cette année": 0); a counted month {@code -month} months before the article's ("le mois dernier": -1).
 */
public record DateMention(int first, int end, int year, int month, int day, boolean lastYear, boolean relative,
        int shift, boolean range, int weekday, boolean counted) {

    /** A date written in full or in part: "le 13 novembre", "en mars dernier", "en 2019". */
    public DateMention(int first, int end, int year, int month, int day, boolean lastYear) {
        this(first, end, year, month, day, lastYear, false, 0, false, 0, false);
    }

    /** A day told relative to the event reported before: "le même jour" (0), "le lendemain" (1), "la veille" (-1). */
    public static DateMention relativeDay(int first, int end, int shift) {
        return new DateMention(first, end, 0, 0, 0, false, true, shift, false, 0, false);
    }

    /** A weekday written alone ("Mardi, il s'est entretenu ..."): the first such day from the event before. */
    public static DateMention onWeekday(int first, int end, DayOfWeek weekday) {
        return new DateMention(first, end, 0, 0, 0, false, true, 0, false, weekday.getValue(), false);
    }

    /** "il y a 15 ans": the year {@code years} before the article's. */
    public static DateMention yearsBefore(int first, int end, int years) {
        return new DateMention(first, end, -years, 0, 0, false, false, 0, false, 0, true);
    }

    /** "le mois dernier": the month before the article's, a counted date with month -1. */
    public static DateMention lastMonth(int first, int end) {
        return new DateMention(first, end, 0, -1, 0, false, false, 0, false, 0, true);
    }

    /** The same date, read as the first day of a range of days. */
    public DateMention asRange() {
        return new DateMention(first, end, year, month, day, lastYear, relative, shift, true, weekday, counted);
    }

    /**
     * The ISO form the extraction contract asks for, resolved against the article's year and month (0 when
     * unknown; "en mars dernier" in a September article is this year's March, in a February or a March article last
     * year's, "le 4 mars dernier" in a March article this year's): {@code 2024-11-13}, {@code 2024-11},
     * {@code 2019}, {@code --10-31}, or null when nothing can be said (and for a relative day, which needs
     * {@link #after}).
     */
    public String iso(int articleYear, int articleMonth) {
        if (relative) {
            return null;
        }
        if (counted() && month < 0) {
            YearMonth before = articleYear > 0 && articleMonth > 0
                    ? YearMonth.of(articleYear, articleMonth).plusMonths(month) : null;
            return before == null ? null : before.toString();
        }
        if (counted()) {
            return articleYear > 0 ? String.format("%04d", articleYear + year) : null;
        }
        // "le 4 avril dernier" in an April article is a day of this month, already past; "en avril dernier" a year ago.
        boolean previousYear = lastYear && articleMonth > 0
                && (month > articleMonth || month == articleMonth && day == 0);
        // A day written without its month ("dans la matinée du 12") is a day of the article's month.
        int m = month > 0 ? month : day > 0 ? articleMonth : 0;
        int y = year > 0 ? year : (articleYear > 0 && m > 0 ? articleYear - (previousYear ? 1 : 0) : 0);
        if (day > 0 && m > 0) {
            return y > 0 ? String.format("%04d-%02d-%02d", y, m, day) : String.format("--%02d-%02d", m, day);
        }
        if (month > 0) {
            return y > 0 ? String.format("%04d-%02d", y, month) : null;
        }
        return year > 0 ? String.format("%04d", year) : null;
    }

    /**
     * The date this relative date gives after the event dated {@code anchor}: for a day ({@code 2024-11-13} or
     * {@code --11-13}) the day {@code shift} days later (a day without a year is shifted within a leap year, so that
     * "le lendemain" of 28 February is 29 February); for a month or a year, the same month or year.
     */
    public String after(String anchor) {
        if (weekday > 0) {
            // A weekday needs a day with its year to count from: "2024-12-03" (a Tuesday) and "mercredi" give the 4th.
            if (anchor == null || anchor.length() != 10 || anchor.startsWith("--")) {
                return null;
            }
            LocalDate from = LocalDate.parse(anchor);
            return from.plusDays((weekday - from.getDayOfWeek().getValue() + 7) % 7).toString();
        }
        if (anchor == null || anchor.length() != 10) {
            return anchor;
        }
        if (anchor.startsWith("--")) {
            MonthDay day = MonthDay.parse(anchor);
            LocalDate shifted = day.atYear(2000).plusDays(shift);
            return MonthDay.from(shifted).toString();
        }
        return LocalDate.parse(anchor).plusDays(shift).toString();
    }
}
