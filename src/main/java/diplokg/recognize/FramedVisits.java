package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;

/**
 * A visit named as the frame of another event its sentence told first: "les deux pays ont signé trois accords, mardi
 * 5 mars, dans le cadre de la visite officielle de X", "a rencontré Y le 12 mai, lors de sa visite de travail", or
 * told in the main clause after a day that opens the sentence and the frame ("Le 13 octobre, dans le cadre de sa
 * visite de travail, X a eu une séance de travail avec Y"). The day written between the event and the frame cue
 * ({@code dkg:cue} "dans le cadre", "à l'occasion"; {@code dkg:occasionCue} "lors de", "au cours de") is that
 * event's: a visit of the article's news lasts several days and, with no day of its own, takes the article's month.
 * A day of another year than the article's recalls a past event, which its visit may only be dated by, so it is
 * left to the visit. Thread-safe.
 */
final class FramedVisits {

    private final PhraseTable<Boolean> settings;
    private final PhraseTable<Boolean> occasions;

    FramedVisits(Lexicon lexicon) {
        this.settings = lexicon.cues(CueKind.EVENT);
        this.occasions = lexicon.occasionCues(CueKind.EVENT);
    }

    /**
     * Whether {@code date} is the day of another trigger of {@code mentions}, told before it, that {@code trigger}, a
     * visit, frames: a cue right after the date (past a comma), then only prepositions and determiners.
     */
    boolean dayOfFramed(PhraseMatch<Concept> trigger, DateMention date, List<PhraseMatch<Concept>> mentions,
            Sentence sentence, int articleYear) {
        if (!trigger.value().id().equals(VISIT) || date.day() == 0 || date.relative() || date.range()
                || date.year() != 0 && date.year() != articleYear || date.end() > trigger.start()) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        boolean toldBefore = mentions.stream().anyMatch(m -> m != trigger && !m.value().id().equals(VISIT)
                && m.end() <= date.first() && EventClauses.same(tokens, m.end(), date.first(), false))
                || dayOpensSentence(tokens, date) && toldAfter(tokens, trigger, mentions);
        int cue = date.end() < tokens.size() && tokens.get(date.end()).text().equals(",") ? date.end() + 1 : date.end();
        PhraseMatch<Boolean> frame = cue < trigger.start() ? settings.matchAt(tokens, cue) : null;
        frame = frame != null ? frame : cue < trigger.start() ? occasions.matchAt(tokens, cue) : null;
        return toldBefore && frame != null && EventClauses.linkWordsOnly(tokens, frame.end(), trigger.start());
    }

    /** Whether {@code date} opens its sentence, only an article or a preposition before it ("Le 13 octobre, ..."). */
    private static boolean dayOpensSentence(List<Token> tokens, DateMention date) {
        return tokens.subList(0, date.first()).stream().allMatch(t -> t.tag().startsWith("ADP")
                || t.tag().startsWith("DET"));
    }

    /**
     * Whether another event than a visit is told after the visit's frame phrase, past a comma that closes it: "Le 13
     * octobre, dans le cadre de sa visite de travail au Royaume-Uni, X a eu une séance de travail avec Y". The day
     * that opens the sentence is that event's, told in the main clause, not the framing visit's.
     */
    private static boolean toldAfter(List<Token> tokens, PhraseMatch<Concept> trigger,
            List<PhraseMatch<Concept>> mentions) {
        int close = trigger.end();
        while (close < tokens.size() && !tokens.get(close).text().equals(",")) {
            close++;
        }
        int comma = close;
        // Only the main clause's own event, told by its first verb or as that verb's object: not one a later clause
        // tells ("a déclaré que le Vietnam organisera une conférence", "a déposé une gerbe, et évoqué sa rencontre
        // de 2023"), whose day is not the one opening the sentence.
        return mentions.stream().anyMatch(m -> !m.value().id().equals(VISIT) && m.start() > comma
                && tokens.subList(comma + 1, m.start()).stream().noneMatch(t -> t.tag().startsWith("SCONJ"))
                && verbsOutsideAppositions(tokens, comma + 1, m.start()) <= 1);
    }

    /**
     * The verbs among tokens {@code [from, to)} but those of a phrase set off by two commas, an apposition to the
     * subject ("le Premier ministre, accompagné d'une délégation, a eu un entretien"); a comma not closed before
     * {@code to} opens another clause, whose verbs count ("a déposé une gerbe, et évoqué sa rencontre").
     */
    private static int verbsOutsideAppositions(List<Token> tokens, int from, int to) {
        int verbs = 0;
        int set = 0;
        boolean inside = false;
        for (Token token : tokens.subList(from, to)) {
            if (token.text().equals(",")) {
                set = 0;
                inside = !inside;
            } else if (token.tag().startsWith("VERB")) {
                if (inside) {
                    set++;
                } else {
                    verbs++;
                }
            }
        }
        return verbs + (inside ? set : 0);
    }
}
