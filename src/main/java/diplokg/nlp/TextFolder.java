package diplokg.nlp;

import diplokg.article.CharFolding;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, diacritics removed, typographic apostrophes, dashes and spaces made plain, by
 * {@link CharFolding} (one char for one char, so offsets in folded text are offsets in the original); and gives names
 * their identity key.
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
        return CharFolding.fold(text);
    }

    /** Folds one char. */
    public static char fold(char c) {
        return CharFolding.fold(c);
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
