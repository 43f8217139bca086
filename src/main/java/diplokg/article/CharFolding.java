package diplokg.article;

import java.text.Normalizer;

/**
 * Folds text char by char for matching: lower case, diacritics removed, typographic apostrophes, dashes and spaces
 * made plain. The one place folding is defined: it lives in the first stage because reading an article already needs
 * it (the month of a dateline), and {@code nlp.TextFolder} folds the later stages' text with it.
 *
 * <p><b>Design decision.</b> Folding maps every char to exactly one char, so a folded string has the length of its
 * original and an offset found in the folded text is an offset in the original. This is why folding is done char by
 * char (the first char of each NFD decomposition) instead of by {@link Normalizer} on the whole string, which would
 * shift offsets after every accented letter. Ligatures such as {@code œ} are therefore kept; lexicons list both
 * spellings ("main-d'œuvre", "main-d'oeuvre").
 */
public final class CharFolding {

    private CharFolding() {
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
                if (Character.getType(c) == Character.MODIFIER_LETTER) {
                    return modifierLetter(c);
                }
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(decomposed.charAt(0));
            }
        }
    }

    /**
     * A superscript letter ("30ᵉ anniversaire", "1ᵉʳ septembre", as some pages write ordinals) folds to its plain
     * letter, so the ordinal reads as "30e"; a modifier letter with no one-letter plain form is kept.
     */
    private static char modifierLetter(char c) {
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        return plain.length() == 1 && Character.isLetter(plain.charAt(0)) ? Character.toLowerCase(plain.charAt(0)) : c;
    }
}
