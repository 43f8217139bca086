package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.List;

/**
 * Where an event happened: the city a place cue of {@code dkg:Event} ("à") introduces near the event's trigger.
 * Thread-safe once built.
 */
final class EventPlaces {

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> places;
    private final int window;

    /** Places at most {@code window} tokens from the trigger. */
    EventPlaces(Lexicon lexicon, int window) {
        this.lexicon = lexicon;
        this.places = lexicon.placeCues(CueKind.EVENT);
        this.window = window;
    }

    /**
     * The city written after a place cue nearest the trigger ("à Hanoï", "à Phnom Penh"), not a state, and ending
     * where one of the event's people is named ("a reçu à Hanoï Serik Zhumangarin").
     */
    String place(Sentence sentence, PhraseMatch<Concept> trigger, List<String> people) {
        List<Token> tokens = sentence.tokens();
        String place = null;
        int best = Integer.MAX_VALUE;
        for (PhraseMatch<Boolean> cue : places.findAll(tokens)) {
            int end = cue.end();
            while (end < tokens.size() && end - cue.end() < 3 && tokens.get(end).isCapitalized()
                    && tokens.get(end).isWord() && lexicon.stateNames().matchAt(tokens, end) == null
                    && !startsName(tokens, end, people)) {
                end++;
            }
            int distance = Math.abs(cue.start() - trigger.start());
            if (end > cue.end() && distance < best) {
                best = distance;
                int from = tokens.get(cue.end()).start() - sentence.start();
                place = sentence.text().substring(from, tokens.get(end - 1).end() - sentence.start());
            }
        }
        return best <= window ? place : null;
    }

    /** Whether the whole name of one of {@code people}, or two words of it in a row, begins at token {@code i}. */
    private static boolean startsName(List<Token> tokens, int i, List<String> people) {
        for (String name : people) {
            String[] words = TextFolder.key(name).split(" ");
            int k = 0;
            while (k < words.length && i + k < tokens.size()
                    && TextFolder.key(tokens.get(i + k).text()).equals(words[k])) {
                k++;
            }
            if (k == words.length || k >= 2) {
                return true;
            }
        }
        return false;
    }
}
