package diplokg.recognize;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.Concept;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Finds the phrases of one controlled vocabulary in sentences, longest first. */
final class VocabularyScanner {

    private final Lexicon lexicon;

    VocabularyScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The hits of {@code scheme} in {@code sentence}, left to right. */
    List<VocabularyHit> scan(Scheme scheme, Sentence sentence) {
        List<VocabularyHit> hits = new ArrayList<>();
        for (PhraseMatch<Concept> match : lexicon.vocabulary(scheme).phrases().findAll(sentence.tokens())) {
            hits.add(new VocabularyHit(match.value(), sentence, match.start(), match.end()));
        }
        return hits;
    }

    /** The hits of {@code scheme} in every sentence. */
    List<VocabularyHit> scan(Scheme scheme, List<Sentence> sentences) {
        List<VocabularyHit> hits = new ArrayList<>();
        sentences.forEach(s -> hits.addAll(scan(scheme, s)));
        return hits;
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
