package diplokg.recognize;

import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.nlp.Sentence;

/** A vocabulary phrase found in a sentence: tokens {@code [first, end)} name {@code concept}. */
public record VocabularyHit(Concept concept, Sentence sentence, int first, int end) {

    /** Start offset in the article text. */
    public int start() {
        return sentence.tokens().get(first).start();
    }

    /** End offset in the article text. */
    public int endOffset() {
        return sentence.tokens().get(end - 1).end();
    }

    /** Whether this hit and {@code other} share a token of the same sentence. */
    public boolean overlaps(VocabularyHit other) {
        return sentence.index() == other.sentence.index() && first < other.end && other.first < end;
    }

    /** A mention of the concept's id. */
    public Stated<String> mention() {
        return stated(concept.id());
    }

    /** {@code fact}, stated by the words of this hit. */
    public <T> Stated<T> stated(T fact) {
        return new Stated<>(fact, sentence.index(), start(), endOffset());
    }
}
