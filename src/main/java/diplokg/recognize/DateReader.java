package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Finds dates in a sentence: "le 13 novembre", "mardi 4 juin 2024", "du 10 au 12 avril", "les 20 et 21 mai" and "du
 * 31 juillet au 3 août" (the first day), "en août 2024", "en mars dernier", "en 2019", and days told relative to the
 * event reported before ("le même jour", "à l'issue des entretiens", "le lendemain"), years counted back from the
 * article's ("il y a 15 ans"). Month and weekday names and
 * relative days come from the calendar scheme of the vocabularies. A year alone counts only after a preposition ("en
 * 2019"), so that "d'ici 2030" stays a target's year. Thread-safe.
 */
public final class DateReader {

    private static final String YEARS_AGO = "years-ago";
    private static final String YEARS = "years";
    private static final String THIS_YEAR = "this-year";
    private static final String LAST_MONTH = "last-month";
    private static final String WEEKDAY = "weekday";
    private static final String PART_OF_MONTH = "part-of-month";
    /** The relative days of the calendar scheme, by notation, and their shift in days. */
    private static final Map<String, Integer> SHIFTS = Map.of("same-day", 0, "next-day", 1, "previous-day", -1);

    private final PhraseTable<Concept> calendar;

    public DateReader(Lexicon lexicon) {
        this.calendar = lexicon.vocabulary(Scheme.CALENDAR).phrases();
    }

    /** The dates of {@code sentence}, left to right. */
    public List<DateMention> recognize(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<DateMention> dates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            DateMention date = dateAt(tokens, i);
            date = date != null ? date : dates.isEmpty() ? openingDay(tokens, i)
                    : nextDay(tokens, i, dates.get(dates.size() - 1));
            if (date != null) {
                dates.add(date);
                i = date.end();
            } else {
                i++;
            }
        }
        return dates;
    }

    private DateMention dateAt(List<Token> tokens, int i) {
        PhraseMatch<Concept> word = calendar.matchAt(tokens, i);
        if (word != null && word.value().id().equals(YEARS_AGO)) {
            return yearsAgo(tokens, word);
        }
        // "plus tôt cette année": the article's year, no years back.
        if (word != null && word.value().id().equals(THIS_YEAR)) {
            return DateMention.yearsBefore(word.start(), word.end(), 0);
        }
        // "le mois dernier": the month before the article's.
        if (word != null && word.value().id().equals(LAST_MONTH)) {
            return DateMention.lastMonth(word.start(), word.end());
        }
        if (word != null && word.value().id().equals(WEEKDAY)) {
            return aloneWeekday(tokens, word);
        }
        // "début mars 2023": the month, with the word before it, which would otherwise end a noun trigger's phrase.
        if (word != null && word.value().id().equals(PART_OF_MONTH)) {
            int month = word.end() < tokens.size() ? month(tokens, word.end()) : 0;
            return month > 0 ? withYear(tokens, i, word.end() + 1, month, 0) : null;
        }
        if (word != null && isShift(word.value().id())) {
            DateMention ofMonth = dayOfMonth(tokens, word);
            return ofMonth != null ? ofMonth : DateMention.relativeDay(i, word.end(), SHIFTS.get(word.value().id()));
        }
        int day = day(tokens.get(i));
        if (day > 0) {
            int from = i + 1 < tokens.size() && NumberWords.isOrdinalSuffix(tokens.get(i + 1)) ? i + 2 : i + 1;
            int j = from;
            while (j < from + 3 && j < tokens.size() && month(tokens, j) == 0 && isRangeWord(tokens.get(j))) {
                j++;
            }
            int month = j < tokens.size() ? month(tokens, j) : 0;
            if (month > 0) {
                DateMention date = withYear(tokens, i, j + 1, month, day);
                return toEndDay(tokens, j > from ? date.asRange() : date);
            }
            return null;
        }
        int month = month(tokens, i);
        if (month > 0) {
            return withYear(tokens, i, i + 1, month, 0);
        }
        OptionalInt year = NumberWords.year(tokens.get(i));
        if (year.isPresent() && i > 0 && tokens.get(i - 1).tag().startsWith("ADP")
                && !tokens.get(i - 1).folded().endsWith("'")) {
            return new DateMention(i, i + 1, year.getAsInt(), 0, 0, false);
        }
        return null;
    }

    /**
     * A day and its month followed by one linking word and another day with its month ("du 31 juillet au 3 août",
     * "les 31 juillet et 1er août") is a range across two months: one date, its first day, with the year written at
     * its end ("du 28 février au 2 mars 2024"), the year before when the range crosses the new year ("du 30 décembre
     * au 2 janvier 2024"). Without the merge the end day would be a date of its own and could date the event.
     */
    private DateMention toEndDay(List<Token> tokens, DateMention first) {
        int link = first.end();
        if (link + 1 >= tokens.size() || !isLink(tokens.get(link)) || day(tokens.get(link + 1)) == 0) {
            return first;
        }
        DateMention last = dateAt(tokens, link + 1);
        if (last == null || last.day() == 0 || last.month() == 0) {
            return first;
        }
        int year = first.year() > 0 || last.year() == 0 ? first.year()
                : last.year() - (first.month() > last.month() ? 1 : 0);
        boolean lastYear = first.year() == 0 && last.lastYear();
        return new DateMention(first.first(), last.end(), year, first.month(), first.day(), lastYear).asRange();
    }

    /** The one word between the two ends of a range: a preposition ("au") or a conjunction ("et"). */
    private static boolean isLink(Token token) {
        return token.tag().startsWith("ADP") || token.tag().equals("CCONJ");
    }

    private static DateMention withYear(List<Token> tokens, int first, int end, int month, int day) {
        if (end < tokens.size() && NumberWords.year(tokens.get(end)).isPresent()) {
            return new DateMention(first, end + 1, NumberWords.year(tokens.get(end)).getAsInt(), month, day, false);
        }
        boolean last = end < tokens.size() && tokens.get(end).tag().equals("ADJ")
                && tokens.get(end).folded().startsWith("dernier");
        return new DateMention(first, end + (last ? 1 : 0), 0, month, day, last);
    }

    /**
     * A day without its month after a coordination and its article or weekday ("le lundi 3 décembre ..., puis le 4
     * ...", "... et mardi 4, ..."), later in the month of the day its sentence wrote before: that month's day. Null
     * otherwise; "le 4e", a number before a noun ("puis le 4 et le 5 octobre" is a range dateAt reads).
     */
    private DateMention nextDay(List<Token> tokens, int i, DateMention before) {
        int day = day(tokens.get(i));
        boolean digits = tokens.get(i).text().chars().allMatch(Character::isDigit);
        if (day <= before.day() || before.month() == 0 || before.relative() || !digits
                || i + 1 < tokens.size() && !tokens.get(i + 1).tag().startsWith("PUNCT")
                && !tokens.get(i + 1).tag().startsWith("DET") && !tokens.get(i + 1).tag().startsWith("ADP")) {
            return null;
        }
        int k = i - 1;
        while (k > before.end() && i - k <= 2 && (tokens.get(k).tag().startsWith("DET")
                || calendar.matchAt(tokens, k) != null)) {
            k--;
        }
        boolean coordinated = k >= before.end() && k < i - 1 && (tokens.get(k).tag().equals("CCONJ")
                || tokens.get(k).tag().startsWith("ADV") || tokens.get(k).text().equals(","));
        return coordinated ? new DateMention(i, i + 1, before.year(), before.month(), day, before.lastYear()) : null;
    }

    /**
     * A weekday written alone ("Mardi, il s'est entretenu avec ...", "a reçu mercredi X"), a day relative to the event
     * reported before; null when a day follows ("mardi 4 juin", read from the day) or an adjective ("mardi dernier",
     * "mardi prochain"). Which weekday it is comes from the French names of the JDK's calendar, whose folded forms
     * the calendar scheme's weekday labels are.
     */
    private static DateMention aloneWeekday(List<Token> tokens, PhraseMatch<Concept> word) {
        int next = word.end();
        if (next < tokens.size() && (day(tokens.get(next)) > 0 || tokens.get(next).tag().startsWith("ADJ"))) {
            return null;
        }
        String folded = tokens.get(word.start()).folded();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (TextFolder.fold(weekday.getDisplayName(TextStyle.FULL, Locale.FRENCH)).equals(folded)) {
                return DateMention.onWeekday(word.start(), word.end(), weekday);
            }
        }
        return null;
    }

    /**
     * A day without its month that opens its sentence after its article, set off by a comma ("Le 4, il s'est
     * entretenu avec ..."): a day of the article's month, as "dans la matinée du 12" is.
     */
    private static DateMention openingDay(List<Token> tokens, int i) {
        return i == 1 && tokens.get(0).tag().startsWith("DET") && tokens.size() > 2 && tokens.get(2).text().equals(",")
                && day(tokens.get(1)) > 0 && tokens.get(1).text().chars().allMatch(Character::isDigit)
                ? new DateMention(1, 2, 0, 0, day(tokens.get(1)), false) : null;
    }

    /**
     * A part of the day followed by a day with no month ("dans la matinée du 12"): that day of the article's month,
     * not the day of the event told before. With its month ("dans l'après-midi du 28 mars") the day is a date of its
     * own and the part of the day stays a relative day. An ordinal other than "1er" numbers something else.
     */
    private DateMention dayOfMonth(List<Token> tokens, PhraseMatch<Concept> word) {
        int link = word.end();
        if (SHIFTS.get(word.value().id()) != 0 || link + 1 >= tokens.size()
                || !tokens.get(link).tag().startsWith("ADP") && !tokens.get(link).tag().startsWith("DET")
                || !writtenDay(tokens.get(link + 1)) || link + 2 < tokens.size() && month(tokens, link + 2) > 0) {
            return null;
        }
        return new DateMention(word.start(), link + 2, 0, 0, day(tokens.get(link + 1)), false);
    }

    /**
     * "il y a 15 ans": a year counted back from the article's, what a past event recalled so is dated by. Null when
     * no count of years follows ("il y a encore du travail").
     */
    private DateMention yearsAgo(List<Token> tokens, PhraseMatch<Concept> word) {
        int count = word.end();
        if (count + 1 >= tokens.size()) {
            return null;
        }
        OptionalInt years = NumberWords.countOrOrdinal(tokens.get(count));
        PhraseMatch<Concept> unit = calendar.matchAt(tokens, count + 1);
        return years.isPresent() && years.getAsInt() > 0 && unit != null && unit.value().id().equals(YEARS)
                ? DateMention.yearsBefore(word.start(), unit.end(), years.getAsInt()) : null;
    }

    /**
     * A day of the month as dates write it, in digits or as "1er": "juste après le 20e Congrès", "après la XXe
     * session" number a session, not a day.
     */
    private static boolean writtenDay(Token token) {
        return day(token) > 0 && (token.text().chars().allMatch(Character::isDigit) || token.folded().equals("1er"));
    }

    /** "du 10 au 12": the words between the first day and the month are numbers, prepositions or conjunctions. */
    private static boolean isRangeWord(Token token) {
        String tag = token.tag();
        return day(token) > 0 || tag.startsWith("ADP") || tag.equals("CCONJ") || tag.equals("DET");
    }

    private int month(List<Token> tokens, int i) {
        PhraseMatch<Concept> match = calendar.matchAt(tokens, i);
        if (match == null || !match.value().id().chars().allMatch(Character::isDigit)
                || tokens.get(i).isCapitalized() && i > 0) {
            return 0;
        }
        return Integer.parseInt(match.value().id());
    }

    /** A relative day ("le même jour", "le lendemain"), not a month nor a weekday. */
    private static boolean isShift(String id) {
        return SHIFTS.containsKey(id);
    }

    private static int day(Token token) {
        OptionalInt value = NumberWords.countOrOrdinal(token);
        return value.isPresent() && value.getAsInt() >= 1 && value.getAsInt() <= 31
                && token.text().length() <= 3 ? value.getAsInt() : 0;
    }
}
