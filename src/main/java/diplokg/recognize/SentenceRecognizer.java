package diplokg.recognize;

import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A recogniser whose facts each lie within one sentence: the article's facts are those of its sentences, in order.
 *
 * @param <T> the kind of fact found
 */
public interface SentenceRecognizer<T> extends Recognizer<T> {

    /** The facts of one sentence, in text order. Never null. */
    List<T> recognize(Sentence sentence);

    @Override
    default List<T> recognize(AnnotatedArticle article) {
        List<T> facts = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            facts.addAll(recognize(sentence));
        }
        return facts;
    }
}
