package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A demonstrative pronoun before its complement ({@code dkg:pronounCue}: "celle du président X en 2018") after a
 * noun trigger of its sentence names another event of that noun's type: "la première visite d'un président depuis
 * celle de X en 2018", "la visite de X en décembre 2022, ainsi que celle de Y en mars 2023" tell two visits. The
 * pronoun becomes a trigger of the nearest noun trigger before it; its date and people are read as any trigger's.
 * Thread-safe.
 */
final class PronounTriggers {

    private final PhraseTable<Boolean> pronouns;

    PronounTriggers(Lexicon lexicon) {
        this.pronouns = lexicon.pronounCues(CueKind.EVENT);
    }

    /** {@code found} with a trigger for each pronoun that names an event, in the order of the sentence. */
    List<PhraseMatch<Concept>> with(List<PhraseMatch<Concept>> found, List<Token> tokens) {
        List<PhraseMatch<Concept>> all = new ArrayList<>(found);
        for (PhraseMatch<Boolean> pronoun : pronouns.findAll(tokens)) {
            if (pronoun.end() >= tokens.size() || !tokens.get(pronoun.end()).tag().startsWith("ADP")) {
                continue;
            }
            found.stream().filter(t -> t.end() <= pronoun.start() && tokens.get(t.end() - 1).tag().equals("NOUN"))
                    .max(Comparator.comparingInt(PhraseMatch::end))
                    .ifPresent(t -> all.add(new PhraseMatch<>(pronoun.start(), pronoun.end(), t.value())));
        }
        all.sort(Comparator.comparingInt(PhraseMatch::start));
        return all;
    }
}
