package diplokg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits French text into tokens with offsets.
 *
 * <p>Rules, in the order they apply:
 * <ul>
 *   <li>initials stay one token: {@code V.N.}, {@code S.} (a capital letter followed by a dot);</li>
 *   <li>hyphenated compounds stay one token: {@code vietnamo-russe}, {@code vice-Premier};</li>
 *   <li>an elided article or pronoun is its own token, apostrophe included: {@code l'}, {@code d'}, {@code qu'},
 *       {@code lorsqu'} — a one-letter word, or one ending in {@code qu}, before an apostrophe and a letter;
 *       any other apostrophe inside a word keeps the word whole ({@code aujourd'hui}, the name {@code Ma'ruf});</li>
 *   <li>every other non-space char that is not part of a word or a number is a token of its own.</li>
 * </ul>
 * Typographic apostrophes and non-breaking spaces are handled like their plain forms. Stateless and thread-safe.
 */
public final class FrenchTokenizer {

    /** Tokens of {@code text}; offsets are shifted by {@code offset}, the position of {@code text} in the article. */
    public List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end = initialsEnd(text, i);
            if (end < 0) {
                end = Character.isLetterOrDigit(c) ? wordEnd(text, i) : i + 1;
            }
            tokens.add(Token.of(text.substring(i, end), offset + i, ""));
            i = end;
        }
        return tokens;
    }

    private static int initialsEnd(String text, int i) {
        int j = i;
        while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j == i || text.charAt(j - 1) == '.')) {
            j += 2;
        }
        if (j == i || (j < text.length() && Character.isLetter(text.charAt(j)))) {
            return -1;
        }
        return j;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isHyphen(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (isElision(text, start, i)) {
                    return i + 1;
                }
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isElision(String text, int start, int apostrophe) {
        int length = apostrophe - start;
        if (length == 1) {
            return true;
        }
        String word = TextFolder.fold(text.substring(start, apostrophe));
        return word.endsWith("qu");
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Whether {@code c} is an apostrophe, plain, typographic or a modifier letter, where elisions are cut. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
