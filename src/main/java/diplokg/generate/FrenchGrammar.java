package diplokg.generate;

import diplokg.DiplokgException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The French grammar words of {@code phrases.txt}: articles and the place prepositions they call for, determiners,
 * months, weekdays, list and number words, and the {@link FrenchJoiner} that elides and contracts. Immutable.
 */
final class FrenchGrammar {

    private static final String NONE = "-";

    private final FrenchJoiner joiner;
    private final Map<String, String> placePrepositions;
    private final Map<String, List<String>> determiners;
    private final Map<String, String> words;
    private final List<String> months;
    private final List<String> weekdays;

    FrenchGrammar(SectionFile phrases) {
        this.joiner = new FrenchJoiner(phrases.pairs("elisions"), phrases.pairs("contractions"));
        this.placePrepositions = phrases.pairs("articles");
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (List<String> row : phrases.rows("determiners")) {
            byKind.put(row.get(0), List.copyOf(row.subList(1, row.size())));
        }
        this.determiners = byKind;
        this.words = phrases.pairs("words");
        this.months = List.copyOf(phrases.lines("months"));
        this.weekdays = List.copyOf(phrases.lines("weekdays"));
        if (months.size() != 12 || weekdays.size() != 7) {
            throw new DiplokgException(phrases.name() + ": expects 12 [months] and 7 [weekdays]");
        }
    }

    FrenchJoiner joiner() {
        return joiner;
    }

    /** Joins {@code pieces} with the joiner's elisions and contractions. */
    String join(String... pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            joiner.append(out, piece);
        }
        return out.toString();
    }

    /** A word of the {@code [words]} section ("and", "of", "to", "decimal", "ordinal", "first"). */
    String word(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new DiplokgException("phrases.txt: no word '" + key + "' in [words]");
        }
        return word;
    }

    /** The determiner of {@code kind} ("the", "a") for a noun of agreement {@code agreement}. */
    String determiner(String kind, Agreement agreement) {
        return determiners.get(kind).get(agreement.ordinal());
    }

    /** The noun phrase with its determiner; the joiner elides "le" before a vowel. */
    String withDeterminer(String kind, Agreement agreement, String noun) {
        return join(determiner(kind, agreement), " ", noun);
    }

    /**
     * Splits a state's name with article ("le Japon", "l'Inde", "Cuba") into its article (or "-") and bare name,
     * and gives the preposition of place it calls for ("au", "en", "aux", "à").
     */
    Place place(String nameWithArticle) {
        for (Map.Entry<String, String> entry : placePrepositions.entrySet()) {
            String article = entry.getKey();
            if (article.equals(NONE)) {
                continue;
            }
            boolean elided = article.endsWith("'");
            String prefix = elided ? article : article + " ";
            if (nameWithArticle.startsWith(prefix)) {
                String bare = nameWithArticle.substring(prefix.length());
                return new Place(article, bare, entry.getValue() + " " + bare);
            }
        }
        return new Place(NONE, nameWithArticle, placePrepositions.get(NONE) + " " + nameWithArticle);
    }

    /** A month's name, {@code 1} being January. */
    String month(int month) {
        return months.get(month - 1);
    }

    String weekday(DayOfWeek day) {
        return weekdays.get(day.getValue() - 1);
    }

    /** A day of the month as French writes it in dates: "1er", "2", "31". */
    String day(int day) {
        return day == 1 ? word("first") : Integer.toString(day);
    }

    /** An ordinal number: "30e". */
    String ordinal(int n) {
        return n + word("ordinal");
    }

    /** "a, b et c". */
    String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + " " + word("and") + " " + items.get(items.size() - 1);
    }

    /** The bare name, article and place phrase of a state. */
    record Place(String article, String bare, String in) {
    }
}
