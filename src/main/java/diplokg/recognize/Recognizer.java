package diplokg.recognize;

import diplokg.nlp.AnnotatedArticle;
import java.util.List;

/**
 * Finds one kind of fact in an article.
 *
 * <p>Implementations are built once from the {@link diplokg.lexicon.Lexicon} and are then immutable and
 * thread-safe: the same recogniser serves every article and every worker thread.
 *
 * @param <T> the kind of fact found
 */
public interface Recognizer<T> {

    /** The facts of this kind in {@code article}, in text order. Never null. */
    List<T> recognize(AnnotatedArticle article);
}
