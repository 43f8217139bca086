package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Token;
import java.util.List;

/**
 * The first day of a visit its sentence begins with a participle ({@code dkg:startCue}: "entamant", "commençant")
 * set off by a comma after a dated clause: "sont arrivés à Riyad dans l'après-midi du 29 octobre (heure locale),
 * entamant leur participation à la 8e Conférence ... et une visite de travail" begins the visit that day, however
 * long the phrase between the participle and the visit. The day is written, not computed. Thread-safe.
 */
final class StartDates {

    /** How many words (a time of day, a gloss) may stand between the date and the comma before the participle. */
    private static final int GLOSS = 5;
    /** How far after the participle the visit may be named (tokens): a session's long name before it. */
    private static final int WINDOW = 20;

    private final PhraseTable<Boolean> starts;

    StartDates(Lexicon lexicon) {
        this.starts = lexicon.startCues(CueKind.EVENT);
    }

    /** The date that begins {@code trigger}, a visit, or null. */
    DateMention of(PhraseMatch<Concept> trigger, List<DateMention> written, List<Token> tokens) {
        if (!trigger.value().id().equals(VISIT)) {
            return null;
        }
        for (PhraseMatch<Boolean> cue : starts.findAll(tokens)) {
            if (cue.end() > trigger.start() || trigger.start() - cue.end() > WINDOW || cue.start() == 0
                    || !tokens.get(cue.start() - 1).text().equals(",") || !phrase(tokens, cue.end(), trigger.start())) {
                continue;
            }
            for (DateMention date : written) {
                if (!date.relative() && !date.range() && date.end() < cue.start()
                        && cue.start() - 1 - date.end() <= GLOSS && phrase(tokens, date.end(), cue.start() - 1)
                        && toldByVerb(tokens, date.first())) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * Whether a verb before the date, in its clause, says what happened that day ("sont arrivés à Riyad le 29
     * octobre, entamant ..."): a date in a clause without one completes a noun ("Au lendemain de sa rencontre du 8
     * mai avec X, entamant ...": the meeting's day, not the visit's first).
     */
    private static boolean toldByVerb(List<Token> tokens, int date) {
        for (int k = date - 1; k >= 0; k--) {
            Token token = tokens.get(k);
            if (token.isVerb()) {
                return true;
            }
            if (token.tag().startsWith("PUNCT") && !token.text().equals("(") && !token.text().equals(")")) {
                return false;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} hold no verb nor auxiliary, and no punctuation but parentheses. */
    private static boolean phrase(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().noneMatch(t -> t.isVerb()
                || t.tag().startsWith("PUNCT") && !t.text().equals("(") && !t.text().equals(")"));
    }
}
