package diplokg.recognize;

import diplokg.nlp.Token;
import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers news prose writes with digits: years, counts, ordinals ("30e", "1er", Roman "XXXe") and decimals
 * ("1,5").
 */
final class NumberWords {

    private static final Pattern YEAR = Pattern.compile("(1[6-9]|20|21)\\d\\d");
    private static final String SUFFIX = "(e|er|ème|eme|è)";
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,3})" + SUFFIX);
    private static final Pattern ROMAN = Pattern.compile("([IVXLC]{1,8})" + SUFFIX);
    private static final Pattern SUFFIX_ALONE = Pattern.compile(SUFFIX);
    private static final String ROMAN_DIGITS = "IVXLC";
    private static final int[] ROMAN_VALUES = {1, 5, 10, 50, 100};
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private NumberWords() {
    }

    /** The year a token writes, if it is one. */
    static OptionalInt year(Token token) {
        return YEAR.matcher(token.text()).matches() ? OptionalInt.of(Integer.parseInt(token.text()))
                : OptionalInt.empty();
    }

    /**
     * Whether a token is an ordinal's suffix cut from its number by a space ("le 1 er septembre"): the number before
     * it is still the ordinal.
     */
    static boolean isOrdinalSuffix(Token token) {
        return SUFFIX_ALONE.matcher(token.folded()).matches();
    }

    /** Whether the token writes an ordinal in figures ("30e", "58ème", "XXXe"). */
    static boolean isOrdinal(Token token) {
        return ORDINAL.matcher(token.folded()).matches() || ROMAN.matcher(token.text()).matches();
    }

    /** The number of a count ("74") or an ordinal ("30e", "30ème", "XXXe"), if the token is one. */
    static OptionalInt countOrOrdinal(Token token) {
        Matcher ordinal = ORDINAL.matcher(token.folded());
        if (ordinal.matches()) {
            return OptionalInt.of(Integer.parseInt(ordinal.group(1)));
        }
        Matcher roman = ROMAN.matcher(token.text());
        if (roman.matches()) {
            return OptionalInt.of(roman(roman.group(1)));
        }
        return COUNT.matcher(token.text()).matches() ? OptionalInt.of(Integer.parseInt(token.text()))
                : OptionalInt.empty();
    }

    /** The value of a Roman numeral ("XXX", "XLV"): a digit before a greater one is subtracted. */
    private static int roman(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = ROMAN_VALUES[ROMAN_DIGITS.indexOf(numeral.charAt(i))];
            boolean smaller = i + 1 < numeral.length()
                    && value < ROMAN_VALUES[ROMAN_DIGITS.indexOf(numeral.charAt(i + 1))];
            total += smaller ? -value : value;
        }
        return total;
    }

    /** A decimal number written with a comma or a dot ("1,5"), or null. */
    static BigDecimal decimal(Token token) {
        return DECIMAL.matcher(token.text()).matches() ? new BigDecimal(token.text().replace(',', '.')) : null;
    }
}
