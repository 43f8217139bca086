package diplokg.recognize;

import static diplokg.fact.EventTypes.MESSAGE;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The foreign states a message is addressed to or comes from, as the words after its trigger name them up to the
 * next verb: "un message de félicitations au Premier ministre cambodgien", "a félicité le roi du Cambodge", "une
 * lettre du président laotien". Two messages whose words name foreign states, none in common, are two messages
 * even when they name no person and have no day ("Le président a adressé un message au président laotien. Le
 * Premier ministre a envoyé une lettre au Premier ministre cambodgien."), where the people named could not tell them
 * apart. Thread-safe.
 */
final class MessageAddressees {


    private final Lexicon lexicon;

    MessageAddressees(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The messages of {@code events} addressed to other states than the message whose trigger ends before token
     * {@code to} of {@code sentence}; empty when its words name no foreign state.
     */
    List<EventMention> others(List<EventMention> events, Sentence sentence, int to, List<Sentence> sentences) {
        Set<String> here = states(sentence, to);
        if (here.isEmpty()) {
            return List.of();
        }
        return events.stream().filter(e -> e.event().type().equals(MESSAGE)).filter(e -> {
            Sentence told = sentences.stream().filter(s -> s.index() == e.stated().sentence()).findFirst()
                    .orElse(null);
            Set<String> there = told == null ? Set.of() : states(told, told.tokenAt(e.stated().end() - 1) + 1);
            return !there.isEmpty() && there.stream().noneMatch(here::contains);
        }).toList();
    }

    /** The foreign states named from token {@code from} of {@code sentence} to its next verb. */
    private Set<String> states(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        Set<String> states = new HashSet<>();
        int i = from;
        while (i < tokens.size() && !tokens.get(i).isVerb()) {
            PhraseMatch<StateEntry> state = lexicon.stateNames().matchAt(tokens, i);
            state = state != null ? state : lexicon.stateAdjectives().matchAt(tokens, i);
            if (state == null) {
                i++;
                continue;
            }
            if (!state.value().code().equals(ArticleExtractor.HOME_STATE)) {
                states.add(state.value().code());
            }
            i = state.end();
        }
        return states;
    }
}
