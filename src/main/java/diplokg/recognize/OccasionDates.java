package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Token;
import java.util.List;

/**
 * The date of an event named as the occasion of a state dated just before it: "le partenariat stratégique établi en
 * septembre 2023, lors de la visite d'État de X" dates the visit in September 2023. A date right after a status word
 * ("établi", "signé") is not an event's ({@link TriggerCues#eventDates}): it dates the state. When an occasion cue
 * ({@code dkg:occasionCue}: "lors de", "au cours de", "pendant") follows it, with no more than a comma before and a
 * determiner after, the event it introduces is when that state began. Thread-safe.
 */
final class OccasionDates {

    private final PhraseTable<Boolean> occasions;

    OccasionDates(Lexicon lexicon) {
        this.occasions = lexicon.occasionCues(CueKind.EVENT);
    }

    /** The status date {@code trigger} is the occasion of, or null when none stands right before its cue. */
    DateMention of(PhraseMatch<Concept> trigger, List<DateMention> statusDates, List<Token> tokens) {
        for (DateMention date : statusDates) {
            int cue = date.end() < tokens.size() && tokens.get(date.end()).text().equals(",")
                    ? date.end() + 1 : date.end();
            PhraseMatch<Boolean> occasion = cue < trigger.start() ? occasions.matchAt(tokens, cue) : null;
            if (occasion != null && EventClauses.determinersOnly(tokens, occasion.end(), trigger.start())) {
                return date;
            }
        }
        return null;
    }
}
