package diplokg.server;

import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.ArticleRemover;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.ingest.UnknownArticlesException;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Adds and removes articles in the store a server is serving, for the admin API.
 *
 * <p>Adding runs the same {@link Ingester} as {@code diplokg ingest}, so reading, extraction, the skipping of
 * unchanged articles and per-article failures are exactly those of the command line; the one difference is that an
 * empty store is not filled by the TDB2 bulk loader ({@link IngestOptions#withoutBulkLoad()}), which expects no
 * other user, but in one ordinary write transaction. Either way a batch is one commit: readers see all of it or none
 * of it, and every reader that starts after the commit sees it, as does the saved-query cache, which is keyed by
 * TDB2's data version.
 *
 * <p>Writes are taken one at a time (a fair lock): TDB2 would serialise the commits anyway, but two loads extracting
 * at once would each resolve people's names against a store without the other's.
 */
final class ServedArticles {

    private final TdbStore store;
    private final ArticlePipeline pipeline;
    private final NamedGraph reference;
    private final IngestOptions options;
    private final BaseIri base;
    private final ReentrantLock writing = new ReentrantLock(true);

    ServedArticles(TdbStore store, ArticlePipeline pipeline, NamedGraph reference, IngestOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.options = Objects.requireNonNull(options, "options").withoutBulkLoad();
        this.base = pipeline.base();
    }

    /** Where upload folders are made: beside the store, on the same disk. */
    Path uploadParent() {
        Path parent = store.folder().toAbsolutePath().getParent();
        return parent == null ? store.folder() : parent;
    }

    /** Loads the article files {@code files} in one write transaction. */
    IngestReport load(List<Path> files, boolean force) {
        writing.lock();
        try {
            return new Ingester(pipeline, store, reference, options.forcing(force), IngestListener.NONE)
                    .ingest(files);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Removes the articles {@code ids} in one write transaction, or nothing at all when any of them is not in the
     * store ({@link ArticleRemover}).
     *
     * @throws UnknownArticlesException naming the ids the store does not hold
     */
    List<String> remove(List<String> ids) {
        writing.lock();
        try {
            return new ArticleRemover(store, base).remove(ids);
        } finally {
            writing.unlock();
        }
    }
}
