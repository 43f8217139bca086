package diplokg.recognize;

import diplokg.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that may stand inside an office's phrase without naming its role or its state: qualifiers ("par
 * intérim", "p.i."), adjectives and participles of a body's name, a body's own name in parentheses, a name followed
 * by its acronym. Stateless helpers of {@link RoleReader} and of the organisations' name bounds.
 */
final class RoleWords {

    private static final int LONGEST_BODY_NAME = 6;
    private static final int LONGEST_GLOSS = 4;
    /** A past participle's endings ("unifié", "unies"): the tagger calls some of them verbs inside a name. */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+(?:ée?s?|ies?|is)");

    private RoleWords() {
    }

    /**
     * The token after a parenthesis at {@code j} that holds only capitalised words, at most {@value #LONGEST_GLOSS}
     * ("(Dewan Rakyat)", "(Oliy Majlis)"): a body's name in its own language; {@code j} when there is none.
     */
    static int glossEnd(List<Token> tokens, int j) {
        if (!tokens.get(j).text().equals("(")) {
            return j;
        }
        for (int k = j + 1; k < tokens.size() && k <= j + LONGEST_GLOSS + 1; k++) {
            if (tokens.get(k).text().equals(")")) {
                return k > j + 1 ? k + 1 : j;
            }
            if (!tokens.get(k).isCapitalized() || !tokens.get(k).isWord()) {
                return j;
            }
        }
        return j;
    }

    /**
     * The end of a run of capitalised words at {@code j} followed by an acronym in parentheses, or {@code j} when
     * there is none: people are not written with an acronym, bodies are.
     */
    static int acronymedNameEnd(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < LONGEST_BODY_NAME && tokens.get(k).isCapitalized()
                && tokens.get(k).isWord()) {
            k++;
        }
        boolean acronym = k > j && k + 2 < tokens.size() && tokens.get(k).text().equals("(")
                && tokens.get(k + 1).text().matches("\\p{Lu}{2,}") && tokens.get(k + 2).text().equals(")");
        return acronym ? k + 3 : j;
    }

    /**
     * Whether tokens {@code i} and {@code i + 1} qualify an office: a lower-case preposition and a lower-case noun or
     * adjective ("ministre par intérim des Affaires étrangères", "président en exercice de").
     */
    static boolean qualifier(List<Token> tokens, int i) {
        if (i < 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token preposition = tokens.get(i);
        Token word = tokens.get(i + 1);
        return preposition.tag().equals("ADP") && !preposition.isCapitalized() && !word.isCapitalized()
                && (word.tag().equals("NOUN") || word.tag().equals("ADJ"));
    }

    /**
     * An adjective, or a past participle the tagger calls a verb, inside a name ("Parti socialiste unifié").
     */
    static boolean adjectival(Token token) {
        return token.tag().equals("ADJ") || token.tag().equals("VERB") && PARTICIPLE.matcher(token.text()).matches();
    }

    /**
     * The token after a qualifier abbreviated in single lower-case letters and dots at {@code j} ("p.i.", "par
     * intérim"), or {@code j} when there is none.
     */
    static int abbreviatedQualifierEnd(List<Token> tokens, int j) {
        int k = j;
        while (k + 1 < tokens.size() && letter(tokens.get(k)) && tokens.get(k + 1).text().equals(".")) {
            k += 2;
        }
        if (k < tokens.size() && k > j && letter(tokens.get(k))) {
            k++;
        }
        return k - j >= 3 ? k : j;
    }

    private static boolean letter(Token token) {
        return token.text().length() == 1 && Character.isLowerCase(token.text().charAt(0));
    }
}
