package diplokg.ingest;

import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Removes articles from the store by id: their named graphs, in one write transaction
 * ({@link TdbStore#removeGraphs}). All or nothing: when any id names no article of the store, nothing is removed, so
 * that a mistyped id is noticed rather than half a list applied.
 */
public final class ArticleRemover {

    private final TdbStore store;
    private final BaseIri base;

    public ArticleRemover(TdbStore store, BaseIri base) {
        this.store = Objects.requireNonNull(store, "store");
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * Removes the articles {@code ids} (repeated ids count once).
     *
     * @return the ids removed, in the order given
     * @throws UnknownArticlesException naming every id the store does not hold; nothing was removed then
     */
    public List<String> remove(List<String> ids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        List<String> missing = unique.stream().filter(id -> !store.containsGraph(base.articleGraph(id))).toList();
        if (!missing.isEmpty()) {
            throw new UnknownArticlesException(missing);
        }
        store.removeGraphs(unique.stream().map(base::articleGraph).toList());
        return unique;
    }
}
