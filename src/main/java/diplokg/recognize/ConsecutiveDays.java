package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Further days an event's clause coordinates after the day that dates it: "a rencontré le lundi 3 décembre X, puis
 * le 4 décembre Y", "a été reçu le 3 par X et le 4 par Y" tell one event a day, not one event with the first day.
 * Stateless.
 */
final class ConsecutiveDays {

    /** How many words may stand between the coordination and the day ("puis, le mardi 4"). */
    private static final int LINK = 3;

    private ConsecutiveDays() {
    }

    /**
     * The days after {@code date} (a single day that dates {@code trigger}) in the trigger's clause: full days, after
     * no verb and no other trigger, each opened by a coordination or a comma, within a few words of articles or
     * weekdays. Empty when {@code date} is no single day.
     */
    static List<DateMention> later(List<DateMention> written, List<PhraseMatch<Concept>> triggers,
            PhraseMatch<Concept> trigger, DateMention date, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<DateMention> later = new ArrayList<>();
        if (date == null || date.day() == 0 || date.relative() || date.range()) {
            return later;
        }
        int from = Math.max(trigger.end(), date.end());
        for (DateMention day : written) {
            if (day.first() < from || day.day() == 0 || day.relative() || day.range()
                    || !EventClauses.same(tokens, from, day.first(), false)
                    || triggers.stream().anyMatch(t -> t.start() >= trigger.end() && t.start() < day.first())
                    || !coordinated(tokens, day.first(), from)) {
                continue;
            }
            later.add(day);
            from = day.end();
        }
        return later;
    }

    /** Where the clause that goes on at {@code from} ends: its next verb, or the sentence's end. */
    static int clauseEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !tokens.get(end).isVerb()) {
            end++;
        }
        return end;
    }

    /** A conjunction, an adverb ("puis") or a comma a few words before {@code day}, after {@code from}. */
    private static boolean coordinated(List<Token> tokens, int day, int from) {
        for (int k = day - 1; k >= Math.max(from, day - LINK); k--) {
            Token token = tokens.get(k);
            if (token.tag().equals("CCONJ") || token.tag().startsWith("ADV") || token.text().equals(",")) {
                return true;
            }
            if (!token.tag().startsWith("DET") && !token.tag().startsWith("NOUN")) {
                return false;
            }
        }
        return false;
    }
}
