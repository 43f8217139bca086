package diplokg.recognize;

import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import java.util.List;

/**
 * Finds one kind of fact in an article, given what the recognisers before it found there.
 *
 * <p>The article is {@code found.source()}; {@code found} also holds the facts of the kinds recognised earlier
 * (the order is {@link ArticleExtractor}'s), which a recogniser may read: partnerships and targets are located on the
 * pairs of states, events name the officials. Implementations are built once from the
 * {@link diplokg.lexicon.Lexicon} and are then immutable and thread-safe: the same recogniser serves every article
 * and every worker thread.
 *
 * @param <T> the kind of fact found
 */
public interface Recognizer<T> {

    /** The kind this recogniser finds. */
    FactKind<T> kind();

    /** The facts of this kind in {@code found.source()}, in text order. Never null. */
    List<Stated<T>> recognize(ArticleFacts found);
}
