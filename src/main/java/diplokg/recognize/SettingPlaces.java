package diplokg.recognize;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Recognises a state named as the country of the city where something happens, in the apposition agencies write
 * after the city: "le 8 juillet à Hambourg, en Allemagne", "à Phnom Penh, au Cambodge". Such a state is the setting
 * of a summit the home state's leader attends, not by itself a partner of the relation. Part of
 * {@link PairResolver}. Thread-safe.
 */
final class SettingPlaces {

    /** The tags of the preposition before the country: "en", "au", "aux". */
    private static final Set<String> COUNTRY_PREPOSITIONS = Set.of("ADP", "ADP+DET");
    private static final String COMMA = ",";
    /** The most words a city's name takes between its preposition and the comma ("Hô Chi Minh-Ville"). */
    private static final int LONGEST_CITY = 5;

    /** "à" ({@code dkg:placeCue} of {@code dkg:BilateralRelation}): the preposition before the city. */
    private final PhraseTable<Boolean> cityPrepositions;

    SettingPlaces(Lexicon lexicon) {
        this.cityPrepositions = lexicon.placeCues(CueKind.PAIR);
    }

    /**
     * Whether the state named from offset {@code start} of {@code sentence} is a city's country in apposition: a
     * lower-case preposition before it, a comma before that, and before the comma a city's capitalised words opened
     * by a place preposition.
     */
    boolean isCountryOfCity(Sentence sentence, int start) {
        List<Token> tokens = sentence.tokens();
        int at = sentence.tokenAt(start);
        if (at < 4 || !COUNTRY_PREPOSITIONS.contains(tokens.get(at - 1).tag()) || tokens.get(at - 1).isCapitalized()
                || !tokens.get(at - 2).text().equals(COMMA)) {
            return false;
        }
        int k = at - 3;
        while (k > 0 && at - 3 - k < LONGEST_CITY && tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
            k--;
        }
        PhraseMatch<Boolean> preposition = k < at - 3 ? cityPrepositions.matchAt(tokens, k) : null;
        return preposition != null && preposition.end() == k + 1;
    }
}
