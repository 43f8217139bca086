package diplokg.generate;

import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads data phrases (organisation names, offices, cities, indicator labels) with the lexicon, so the generator
 * knows which states and sectors a phrase names before it writes it.
 */
final class LexiconScan {

    private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

    private final Lexicon lexicon;

    LexiconScan(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The ids of the sectors {@code text} names. */
    Set<String> sectors(String text) {
        Set<String> ids = new TreeSet<>();
        List<Token> tokens = TOKENIZER.tokenize(text, 0);
        PhraseTable<Concept> sectors = lexicon.vocabulary(Scheme.SECTORS).phrases();
        for (PhraseMatch<Concept> match : sectors.findAll(tokens)) {
            ids.add(match.value().id());
        }
        return ids;
    }

    /** The codes of the states {@code text} names, by capitalised name or by adjective. */
    Set<String> states(String text) {
        Set<String> codes = new TreeSet<>();
        List<Token> tokens = TOKENIZER.tokenize(text, 0);
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatch<StateEntry> match = lexicon.stateAt(tokens, i);
            if (match != null) {
                codes.add(match.value().code());
                i = match.end() - 1;
            }
        }
        return codes;
    }
}
