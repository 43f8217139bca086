package diplokg.recognize;

import diplokg.fact.Stated;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A recogniser whose facts each lie within one sentence and need nothing found before: the article's facts are those
 * of its sentences, in order.
 *
 * @param <T> the kind of fact found
 */
public interface SentenceRecognizer<T> extends Recognizer<T> {

    /** The facts of one sentence, in text order. Never null. */
    List<Stated<T>> recognize(Sentence sentence);

    @Override
    default List<Stated<T>> recognize(ArticleFacts found) {
        List<Stated<T>> facts = new ArrayList<>();
        for (Sentence sentence : found.source().sentences()) {
            facts.addAll(recognize(sentence));
        }
        return facts;
    }
}
