package diplokg.nlp;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, diacritics removed, typographic apostrophes, dashes and spaces made plain.
 *
 * <p><b>Design decision.</b> Folding maps every char to exactly one char, so a folded string has the length of its
 * original and an offset found in the folded text is an offset in the original. This is why folding is done char by
 * char (the first char of each NFD decomposition) instead of by {@link Normalizer} on the whole string, which would
 * shift offsets after every accented letter. Ligatures such as {@code œ} are therefore kept; lexicons list both
 * spellings ("main-d'œuvre", "main-d'oeuvre").
 */
public final class TextFolder {

    /** Combining marks, left by the compatibility decomposition of accented letters. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What separates the words of a name in its key. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolder() {
    }

    /** Folds {@code text}; the result has the same length. */
    public static String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /** Folds one char. */
    public static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> {
                return '\'';
            }
            case '\u00A0', '\u202F', '\u2007', '\u2009' -> {
                return ' ';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> {
                return '-';
            }
            case '\u0111', '\u0110' -> {
                return 'd';
            }
            case '\u00F8', '\u00D8' -> {
                return 'o';
            }
            case '\u0142', '\u0141' -> {
                return 'l';
            }
            default -> {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(decomposed.charAt(0));
            }
        }
    }

    /**
     * An identity key for a name: folded, every run of non-letters and non-digits made one space, trimmed.
     * "Lương Cường" and "Luong  Cuong" have the same key.
     */
    public static String key(String name) {
        // Keys are taken for every capitalised token the recognisers weigh: the patterns are compiled once.
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(fold(folded)).replaceAll(" ").strip();
    }
}
