package diplokg.recognize;

/**
 * A date written in a sentence, tokens {@code [first, end)}, with what it gives: {@code year}, {@code month} and
 * {@code day} (0 when not written); {@code relativeMonth} when the month is written without a year ("en mars
 * dernier", "en juillet").
 */
public record DateMention(int first, int end, int year, int month, int day, boolean lastYear) {

    /**
     * The ISO form the extraction contract asks for, resolved against the article's year and month (0 when
     * unknown; "en mars dernier" in a September article is this year's March, in a February article last year's):
     * {@code 2024-11-13}, {@code 2024-11}, {@code 2019}, {@code --10-31}, or null when nothing can be said.
     */
    public String iso(int articleYear, int articleMonth) {
        boolean previousYear = lastYear && articleMonth > 0 && month >= articleMonth;
        int y = year > 0 ? year : (articleYear > 0 && month > 0 ? articleYear - (previousYear ? 1 : 0) : 0);
        if (day > 0 && month > 0) {
            return y > 0 ? String.format("%04d-%02d-%02d", y, month, day) : String.format("--%02d-%02d", month, day);
        }
        if (month > 0) {
            return y > 0 ? String.format("%04d-%02d", y, month) : null;
        }
        return year > 0 ? String.format("%04d", year) : null;
    }
}
