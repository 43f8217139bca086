package diplokg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that may open a paragraph or the title line ("Hanoï, 12 mars (VNA) –", "Lima (VNA) -", "(VOV) -"):
 * maybe a place and a date (after a comma, or a full stop: "Hanoï. 14 juillet (VNA) -"), an agency in brackets and a
 * dash; or, as some agencies write it, the agency first, then
 * the place and a date, then a dash ("AKP Phnom Penh, 21 décembre 2016 –"). It says who wrote the article, where and
 * when, not what happened, so it is no text to extract from: its agency is a credit, not an organisation. The one
 * owner of that rule, for body paragraphs ({@link ArticleReader}) and for a title line that is a lead paragraph
 * ({@link Article#blocks()}). Its day is the day of publication ({@link #day}).
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.\\- ]{0,40}?(?:\\s*[,.]\\s*(?<when>[\\p{L}\\p{N} ]{1,30}?))?)?"
            + "\\s*\\((\\p{Lu}[\\p{L}/]{1,15})\\)\\s*[-–—]\\s*");
    /** The agency first, in capitals, then a place, a comma, a date and a dash: a dateline even on a line alone. */
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "^\\p{Lu}{2,10}\\s+\\p{Lu}[\\p{L}'’.\\- ]{0,40}?\\s*,\\s*"
            + "(?<when>\\d{1,2}(?:er)?\\s+\\p{L}+(?:\\s+\\d{4})?)"
            + "\\s*[-–—]\\s*");
    /** A day and a month, maybe a year: "12 mars", "1er juin 2024". */
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2})(?:er)?\\s+(\\p{L}+)(?:\\s+(\\d{4}))?$");

    private Dateline() {
    }

    /**
     * Where the text of a block between {@code start} and {@code end} of {@code text} begins: after its dateline, when
     * it opens with one and something follows it (an agency-first dateline, which no title reads as, even alone);
     * {@code start} otherwise.
     */
    static int textStart(String text, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        Matcher dateline = opening(text.substring(first, end));
        if (dateline == null) {
            return start;
        }
        boolean agencyFirst = dateline.pattern() == AGENCY_FIRST;
        return agencyFirst || dateline.end() < end - first ? first + dateline.end() : start;
    }

    /**
     * The dateline that opens {@code text}, matched: the agency first, else a place and a date before the agency in
     * brackets; null when it opens with none. The one place that orders the two patterns.
     */
    private static Matcher opening(String text) {
        Matcher agencyFirst = AGENCY_FIRST.matcher(text);
        if (agencyFirst.find()) {
            return agencyFirst;
        }
        Matcher bracketed = DATELINE.matcher(text);
        return bracketed.find() ? bracketed : null;
    }

    /** Whether the text between {@code start} and {@code end} of {@code text} is a dateline and nothing else. */
    static boolean only(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        Matcher dateline = opening(line);
        return dateline != null && dateline.end() == line.length();
    }

    /** {@code block} without the dateline that opens it; {@code block} itself when it opens with none. */
    static TextBlock cut(TextBlock block) {
        int from = textStart(block.text(), 0, block.text().length());
        if (from == 0 || from >= block.text().length()) {
            return block;
        }
        return new TextBlock(block.text().substring(from), block.start() + from, block.end());
    }

    /**
     * The day a dateline that opens {@code line} writes ("Hanoï, 12 mars (VNA) –", "AKP Phnom Penh, 21 décembre
     * 2016 –"), in the year it writes or else the year of {@code month}; empty when it writes no day, or a day of
     * another month than the article's (a dateline of another day than the header's month is a slip, not news).
     * Month names are the JDK's French ones, folded ({@link CharFolding}), as {@code DateReader} reads weekdays.
     */
    static Optional<LocalDate> day(String line, YearMonth month) {
        Matcher dateline = opening(line.strip());
        if (dateline == null) {
            return Optional.empty();
        }
        String when = dateline.group("when");
        Matcher day = when == null ? null : DAY.matcher(when.strip());
        if (day == null || !day.matches()) {
            return Optional.empty();
        }
        int year = day.group(3) != null ? Integer.parseInt(day.group(3)) : month.getYear();
        String name = CharFolding.fold(day.group(2));
        for (Month m : Month.values()) {
            if (CharFolding.fold(m.getDisplayName(TextStyle.FULL, Locale.FRENCH)).equals(name) && YearMonth.of(year, m)
                    .equals(month)) {
                try {
                    return Optional.of(month.atDay(Integer.parseInt(day.group(1))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
