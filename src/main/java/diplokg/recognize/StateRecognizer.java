package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds sovereign states named in an article: by name ("le Pérou", "la Fédération de Russie"), by adjective
 * ("vietnamien", "biélorusses") and by compound adjective ("vietnamo-russe", "sino-vietnamienne").
 */
public final class StateRecognizer implements SentenceRecognizer<String> {

    private final Lexicon lexicon;

    public StateRecognizer(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public FactKind<String> kind() {
        return Contract.STATES;
    }

    /** The state mentions of one sentence. */
    @Override
    public List<Stated<String>> recognize(Sentence sentence) {
        List<Stated<String>> mentions = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatch<StateEntry> match = lexicon.stateAt(tokens, i);
            if (match != null) {
                mentions.add(mention(sentence, tokens, match.start(), match.end(), match.value()));
                i = match.end();
            } else {
                mentions.addAll(compound(sentence, tokens.get(i)));
                i++;
            }
        }
        return mentions;
    }

    /** "vietnamo-russe": every part but the last is a compound prefix, the last an adjective or a name. */
    private List<Stated<String>> compound(Sentence sentence, Token token) {
        String[] parts = token.folded().split("-");
        if (parts.length < 2) {
            return List.of();
        }
        List<StateEntry> states = new ArrayList<>();
        for (int k = 0; k < parts.length - 1; k++) {
            Optional<StateEntry> prefix = lexicon.compoundPrefix(parts[k]);
            if (prefix.isEmpty()) {
                return List.of();
            }
            states.add(prefix.get());
        }
        StateEntry last = lexicon.stateAdjectives().lookup(parts[parts.length - 1]);
        if (last == null) {
            return List.of();
        }
        states.add(last);
        return states.stream()
                .map(s -> new Stated<>(s.code(), sentence.index(), token.start(), token.end()))
                .toList();
    }

    private static Stated<String> mention(Sentence sentence, List<Token> tokens, int from, int to, StateEntry state) {
        return new Stated<>(state.code(), sentence.index(), tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
