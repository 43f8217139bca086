package diplokg.recognize;

import diplokg.fact.Stated;
import diplokg.nlp.Sentence;

/** Ties a recognised fact to the words of a sentence that state it. */
final class Evidence {

    private Evidence() {
    }

    /** {@code fact}, stated by tokens {@code [first, end)} of {@code sentence}. */
    static <T> Stated<T> words(T fact, Sentence sentence, int first, int end) {
        return new Stated<>(fact, sentence.index(), sentence.tokens().get(first).start(),
                sentence.tokens().get(end - 1).end());
    }

    /** {@code fact}, stated by {@code sentence} as a whole. */
    static <T> Stated<T> sentence(T fact, Sentence sentence) {
        return new Stated<>(fact, sentence.index(), sentence.start(), sentence.end());
    }
}
