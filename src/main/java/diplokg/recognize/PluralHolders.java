package diplokg.recognize;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "Les Premiers ministres australien et vietnamien, X et Y": an office in the plural, then state adjectives joined by
 * a conjunction, then as many names joined the same way (a comma may part them from the adjectives): each name holds
 * the office for the state of its rank. Part of {@link OfficialRecognizer}. Thread-safe.
 */
final class PluralHolders {

    private final Lexicon lexicon;
    private final NameFinder names;

    PluralHolders(Lexicon lexicon, NameFinder names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** One holder of a plural office: the name and the state it serves. */
    record Holder(NameSpan name, String state) {
    }

    /** The holders of {@code phrase}, an office after a plural determiner, in order; none when it is not so written. */
    List<Holder> read(RolePhrase phrase, RoleReader.Context context) {
        List<Token> tokens = phrase.sentence().tokens();
        List<String> states = new ArrayList<>();
        states.add(phrase.state());
        int j = phrase.end();
        while (phrase.state() != null && j + 1 < tokens.size() && tokens.get(j).tag().equals("CCONJ")) {
            PhraseMatch<StateEntry> adjective = context.adjectiveAt(lexicon, tokens, j + 1);
            if (adjective == null) {
                break;
            }
            states.add(adjective.value().code());
            j = adjective.end();
        }
        if (states.size() < 2) {
            return List.of();
        }
        j += j < tokens.size() && tokens.get(j).text().equals(",") ? 1 : 0;
        List<Holder> holders = new ArrayList<>();
        while (holders.size() < states.size()) {
            NameSpan name = names.holderNameAt(phrase.sentence(), j);
            boolean joined = name != null && (holders.size() + 1 == states.size() || name.end() < tokens.size()
                    && (tokens.get(name.end()).tag().equals("CCONJ") || tokens.get(name.end()).text().equals(",")));
            if (!joined) {
                return List.of();
            }
            holders.add(new Holder(name, states.get(holders.size())));
            j = name.end() + 1;
        }
        return holders;
    }
}
