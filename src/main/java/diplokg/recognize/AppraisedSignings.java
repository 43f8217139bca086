package diplokg.recognize;

import static diplokg.fact.EventTypes.SIGNING;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A signing noun judged, not told: the object of a verb of appraisal or support ({@code dkg:appraisalCue}), only its
 * article between ("a hautement apprécié la signature d'un accord", "soutenaient la signature et la ratification du
 * traité"), in a sentence that sets it at nothing: no date anywhere in it (before the noun too, or relative:
 * "hier"), no other event ("lors de cette visite", "a salué la signature ... au cours des entretiens"), no occasion
 * ({@code dkg:occasionCue}, {@code dkg:sidelineCue}, the setting cues: "à l'occasion de"), no phrase telling it
 * held ({@code dkg:heldCue}: "en présence des deux dirigeants", "qui a eu lieu"), and no ceremony governing it
 * ("a salué la cérémonie de signature"). Any of these places a signing the sentence welcomes as held.
 */
final class AppraisedSignings {

    /** The most words between a ceremony noun and the signing it governs ("cérémonie de la signature"). */
    private static final int CEREMONY_GAP = 2;

    private final Sentence sentence;
    private final List<PhraseMatch<Boolean>> appraisals;
    private final List<PhraseMatch<Boolean>> ceremonies;
    private final boolean placed;

    /**
     * @param occasions  the sentence's {@code dkg:occasionCue} matches
     * @param settings   its setting cues ({@code dkg:cue})
     * @param ceremonies its {@code dkg:ceremonyCue} matches
     */
    AppraisedSignings(Lexicon lexicon, Sentence sentence, List<PhraseMatch<Boolean>> occasions,
            List<PhraseMatch<Boolean>> settings, List<PhraseMatch<Boolean>> ceremonies) {
        List<Token> tokens = sentence.tokens();
        this.sentence = sentence;
        this.appraisals = lexicon.appraisalCues(CueKind.EVENT).findAll(tokens);
        this.ceremonies = ceremonies;
        this.placed = !occasions.isEmpty() || !settings.isEmpty()
                || Stream.of(lexicon.sidelineCues(CueKind.EVENT), lexicon.heldCues(CueKind.EVENT))
                .anyMatch(table -> !table.findAll(tokens).isEmpty());
    }

    /**
     * Whether {@code trigger} is a signing judged in a sentence that places it nowhere: no date among the sentence's
     * {@code dates}, none of the other triggers {@code found} that {@code excluded} leaves, no occasion or held phrase.
     */
    boolean judged(PhraseMatch<Concept> trigger, List<DateMention> dates, List<PhraseMatch<Concept>> found,
            Predicate<PhraseMatch<Concept>> excluded) {
        List<Token> tokens = sentence.tokens();
        if (!trigger.value().id().equals(SIGNING) || !tokens.get(trigger.start()).tag().startsWith("NOUN")
                || placed || !dates.isEmpty() || governedByCeremony(trigger)
                || found.stream().anyMatch(t -> t != trigger && !excluded.test(t))) {
            return false;
        }
        return appraisals.stream().anyMatch(a -> EventClauses.determinersOnly(tokens, a.end(), trigger.start()));
    }

    /** A ceremony noun that opens the trigger or governs it, a preposition and an article between. */
    private boolean governedByCeremony(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return ceremonies.stream().anyMatch(c -> c.start() == trigger.start() || c.end() <= trigger.start()
                && trigger.start() - c.end() <= CEREMONY_GAP && EventClauses.linkWordsOnly(tokens, c.end(),
                trigger.start()));
    }
}
