package diplokg.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Joins pieces of French text, applying at each joint the elisions and contractions French requires: "de" followed
 * by "le Japon" gives "du Japon", "de" followed by "Indonésie" gives "d'Indonésie", "le" followed by "ambassadeur"
 * gives "l'ambassadeur". Only the word before a joint and an article that begins the appended piece change, so a
 * name is always written as given. The words come from {@code phrases.txt}; stateless and thread-safe.
 *
 * <p><b>Design decision.</b> The rules apply where pieces meet instead of over the finished sentence, so a name that
 * happens to contain "de la" or "Le" is never touched, and an article rendered on its own ("le", before an office
 * whose first word is not known yet) is contracted only once the next word shows whether it elides.
 */
final class FrenchJoiner {

    private static final String VOWELS = "aeiouAEIOUœŒæÆ";

    private final Map<String, String> elisions;
    private final Map<String, String> contractions;

    FrenchJoiner(Map<String, String> elisions, Map<String, String> contractions) {
        this.elisions = Map.copyOf(elisions);
        this.contractions = Map.copyOf(contractions);
    }

    /** Appends {@code piece} to {@code out}, eliding or contracting the words that meet. */
    void append(StringBuilder out, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        if (!Character.isLetterOrDigit(piece.charAt(0))) {
            out.append(piece);
            return;
        }
        boolean vowel = startsWithVowel(piece);
        if (vowel && elide(out)) {
            out.append(piece);
            return;
        }
        contractPending(out, vowel);
        out.append(contractAcross(out, piece));
    }

    /** "le " + vowel: the last word loses its vowel ("l'"). */
    private boolean elide(StringBuilder out) {
        String last = lastWord(out);
        String elided = last == null ? null : elisions.get(last.toLowerCase(Locale.ROOT));
        if (elided == null) {
            return false;
        }
        out.setLength(out.length() - last.length() - 1);
        out.append(sameCase(elided, last));
        return true;
    }

    /** "de le " then a word that does not elide "le": "du ". */
    private void contractPending(StringBuilder out, boolean vowel) {
        String article = lastWord(out);
        if (article == null || (vowel && elisions.containsKey(article))) {
            return;
        }
        int articleStart = out.length() - article.length() - 1;
        if (articleStart < 1 || out.charAt(articleStart - 1) != ' ') {
            return;
        }
        String preposition = wordBefore(out, articleStart - 1);
        if (preposition == null) {
            return;
        }
        String contracted = contractions.get(preposition.toLowerCase(Locale.ROOT) + " " + article);
        if (contracted != null) {
            out.setLength(articleStart - 1 - preposition.length());
            out.append(sameCase(contracted, preposition)).append(' ');
        }
    }

    /** "de " + "le Japon": "du " + "Japon". */
    private String contractAcross(StringBuilder out, String piece) {
        String preposition = lastWord(out);
        int space = piece.indexOf(' ');
        if (preposition == null || space < 0) {
            return piece;
        }
        String contracted = contractions.get(preposition.toLowerCase(Locale.ROOT) + " " + piece.substring(0, space));
        if (contracted == null) {
            return piece;
        }
        out.setLength(out.length() - preposition.length() - 1);
        out.append(sameCase(contracted, preposition));
        return piece.substring(space);
    }

    /** The word that ends {@code out} before one trailing space, or null. */
    private static String lastWord(StringBuilder out) {
        int end = out.length() - 1;
        if (end < 0 || out.charAt(end) != ' ') {
            return null;
        }
        return wordBefore(out, end);
    }

    /** The word ending just before index {@code end} of {@code out}, preceded by a boundary, or null. */
    private static String wordBefore(StringBuilder out, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        if (start == end || (start > 0 && out.charAt(start - 1) != ' ' && out.charAt(start - 1) != '(')) {
            return null;
        }
        return out.substring(start, end);
    }

    static boolean startsWithVowel(String text) {
        char c = text.charAt(0);
        if (c < 0x80) {
            return VOWELS.indexOf(c) >= 0;
        }
        String first = Normalizer.normalize(text.substring(0, Character.charCount(text.codePointAt(0))),
                Normalizer.Form.NFD);
        return VOWELS.indexOf(first.charAt(0)) >= 0;
    }

    private static String sameCase(String replacement, String original) {
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
