package diplokg.recognize;

import diplokg.nlp.Token;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Dates written as a gloss: a parenthesis that holds only dates and their articles ("la fête nationale (2
 * septembre)", "l'anniversaire de l'indépendance (le 15 août)", "le 78e anniversaire de la fête nationale (2 septembre
 * 1945 - 2 septembre 2023)") dates the occasion it follows, not an event told in its sentence. Stateless.
 */
final class DateGlosses {

    private DateGlosses() {
    }

    /**
     * Whether {@code date} stands in a parenthesis whose every word belongs to one of {@code dates}. A day with its
     * article right after a person's name ("sa rencontre avec le ministre X Y (le 10 septembre)") dates the meeting
     * with that person: only a name that ends in a place ({@code endsInPlace}: "la Fête nationale du Vietnam (le 2
     * septembre)") or a common noun is an occasion's.
     */
    static boolean glossed(List<Token> tokens, DateMention date, List<DateMention> dates, IntPredicate endsInPlace) {
        int open = date.first() - 1;
        boolean article = false;
        while (open >= 0 && !tokens.get(open).text().equals("(")) {
            if (!inside(tokens, open, dates)) {
                return false;
            }
            article |= tokens.get(open).tag().startsWith("DET");
            open--;
        }
        int close = date.end();
        while (close < tokens.size() && !tokens.get(close).text().equals(")")) {
            if (!inside(tokens, close, dates)) {
                return false;
            }
            close++;
        }
        return open >= 0 && close < tokens.size() && !(article && open > 0
                && tokens.get(open - 1).tag().equals("PROPN") && !endsInPlace.test(open));
    }

    /** A word of a date, its article ("(le 15 août)"), or a dash or a comma between dates. */
    private static boolean inside(List<Token> tokens, int at, List<DateMention> dates) {
        String text = tokens.get(at).text();
        return !text.equals(")") && !text.equals("(") && (tokens.get(at).tag().startsWith("PUNCT")
                || tokens.get(at).tag().startsWith("DET")
                || dates.stream().anyMatch(d -> d.first() <= at && at < d.end()));
    }
}
