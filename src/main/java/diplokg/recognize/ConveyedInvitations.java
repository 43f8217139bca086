package diplokg.recognize;

import static diplokg.fact.EventTypes.MESSAGE;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Conveying a leader's invitation is a message (the contract's convention): a conveying verb ({@code dkg:conveyCue},
 * "a transmis") followed in its clause by the noun of an invitation ({@code dkg:plannedCue}), "a transmis au
 * président X l'invitation du président Y", is a message trigger from the verb to the noun. The invitation itself
 * still makes the visit it asks for a plan. Not when the clause already names a message ("a transmis les salutations
 * et l'invitation de X": one message, told by its own word).
 */
final class ConveyedInvitations {

    /** How many words may stand between the verb and the invitation: a recipient with office and name. */
    private static final int OBJECT_WINDOW = 10;

    private final PhraseTable<Boolean> conveying;
    private final PhraseTable<Boolean> planned;
    private final Concept message;

    ConveyedInvitations(Lexicon lexicon) {
        this.conveying = lexicon.conveyCues(CueKind.EVENT);
        this.planned = lexicon.plannedCues(CueKind.EVENT);
        this.message = lexicon.vocabulary(Scheme.EVENT_TYPES).concept(MESSAGE).orElseThrow();
    }

    /** {@code found} with a message trigger for each invitation conveyed, in the order of the sentence. */
    List<PhraseMatch<Concept>> with(List<PhraseMatch<Concept>> found, List<Token> tokens) {
        List<PhraseMatch<Concept>> all = new ArrayList<>(found);
        List<PhraseMatch<Boolean>> nouns = planned.findAll(tokens).stream()
                .filter(p -> p.end() - p.start() == 1 && tokens.get(p.start()).tag().equals("NOUN")).toList();
        for (PhraseMatch<Boolean> verb : conveying.findAll(tokens)) {
            nouns.stream().filter(n -> n.start() >= verb.end() && n.start() - verb.end() <= OBJECT_WINDOW
                            && EventClauses.same(tokens, verb.end(), n.start(), false))
                    .findFirst()
                    .filter(n -> found.stream().noneMatch(t -> t.value().id().equals(MESSAGE)
                            && t.start() >= verb.start() && t.start() < n.end()))
                    .ifPresent(n -> all.add(new PhraseMatch<>(verb.start(), n.end(), message)));
        }
        all.sort(Comparator.comparingInt(PhraseMatch::start));
        return all;
    }
}
