package diplokg.ingest;

import diplokg.DiplokgException;
import diplokg.article.Article;
import diplokg.article.ArticleFileContent;
import diplokg.article.ArticleFiles;
import diplokg.article.ArticleFormatException;
import diplokg.fact.Contract;
import diplokg.mapping.ExtractionRun;
import diplokg.recognize.ArticleFacts;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.Dkg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads article files into the store.
 *
 * <p>Flow: list the files; leave out those whose text the store already holds; extract the others on
 * {@link IngestOptions#threads()} workers, one batch at a time; write. An article that fails (unreadable, not an
 * article, extraction error) is recorded in the {@link IngestReport} and never reaches the store, so it cannot abort
 * the others. Into an empty store everything goes through the TDB2 bulk loader; into a non-empty one, each batch of
 * articles replaces their graphs in one write transaction, and a large load ends with a compaction.
 *
 * <p>The reference graph (ontology, vocabularies, states) is written first, and again whenever it changed.
 * Not thread-safe: one ingest at a time per store, as TDB2 allows one writer.
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final ArticlePipeline pipeline;
    private final TdbStore store;
    private final NamedGraph reference;
    private final IngestOptions options;
    private final IngestListener listener;

    public Ingester(ArticlePipeline pipeline, TdbStore store, NamedGraph reference, IngestOptions options,
                    IngestListener listener) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.reference = Objects.requireNonNull(reference, "reference graph");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Loads the articles under {@code paths} (files or folders). */
    public IngestReport ingest(List<Path> paths) {
        long started = System.nanoTime();
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        List<ArticleFailure> failures = new ArrayList<>();
        listing.problems().forEach(p -> failures.add(new ArticleFailure(p.file(), p.getMessage())));
        boolean bulk = options.bulkLoadWhenEmpty() && store.isEmpty();
        ChangedFiles selection = options.skipUnchanged() && !store.isEmpty()
                ? ChangedFiles.select(listing.files(), pipeline, store) : ChangedFiles.all(listing.files());
        List<Path> files = selection.changed();
        int unchanged = selection.unchanged();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        ExecutorService mappers = Executors.newFixedThreadPool(options.threads());
        try {
            // Nothing to load (an "up" over an unchanged store) needs no scan of the people the store knows.
            PersonDirectory people = files.isEmpty() ? new PersonDirectory()
                    : PersonDirectory.of(store, pipeline.base());
            Batches batches = new Batches(files, new Workers(workers, mappers), ExtractionRun.now(), people,
                    failures, unchanged);
            long quads;
            if (bulk) {
                quads = store.bulkLoad(new GraphStream(reference, batches));
            } else {
                quads = writeIncrementally(batches);
            }
            int loaded = batches.loaded();
            int skippedRecords = selection.skippedRecords() + batches.skippedRecords();
            if (!bulk && options.compactAfter() > 0 && loaded >= options.compactAfter()) {
                store.compact();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            LOG.debug("Loaded {} articles ({} unchanged, {} failed) in {} ms", loaded, unchanged, failures.size(),
                    elapsed.toMillis());
            return new IngestReport(loaded, unchanged, failures, quads, bulk, elapsed, listing.skipped(),
                    skippedRecords);
        } finally {
            workers.shutdownNow();
            mappers.shutdownNow();
        }
    }

    /** Writes the batches into a non-empty store in one transaction ({@link TdbStore#replaceGraphs(Iterator)}). */
    private long writeIncrementally(Batches batches) {
        String stored = store.graphValues(Dkg.contentHash.getURI(), List.of(reference.iri())).get(reference.iri());
        boolean referenceChanged = !ReferenceGraph.hashOf(reference).equals(stored);
        return store.replaceGraphs(new GraphStream(referenceChanged ? reference : null, batches));
    }

    /**
     * The threads of a load: {@code extraction} reads and extracts files, {@code mapping} maps a batch's facts to
     * graphs. Two pools, so that mapping one batch never waits behind the extraction of the next one.
     */
    private record Workers(ExecutorService extraction, ExecutorService mapping) {
    }

    /** The files of one batch and the extraction of each, submitted. */
    private record Slice(List<Path> files, List<Future<FileFacts>> extracted) {
    }

    /**
     * Extracts the files batch by batch on the workers; failures are recorded, never thrown. The extraction of the
     * next batch is submitted before this one is mapped and handed to the store, so that the extraction threads keep
     * working while the store writes (the loader's own threads) and the caller streams a batch (indexing, patch,
     * knowledge). Names are still resolved batch by batch in file order, so what is loaded is the same.
     */
    private final class Batches implements Iterator<List<NamedGraph>> {

        private final List<Path> files;
        private final Workers workers;
        private final ExtractionRun run;
        private final PersonDirectory people;
        private final List<ArticleFailure> failures;
        /** The file each article id of this load came from: two graphs of one name would be merged. */
        private final Map<String, Path> sources = new HashMap<>();
        private final int total;
        /** The first file of the batch {@link #next()} returns. */
        private int next;
        /** That batch, when its extraction was submitted ahead. */
        private Slice ahead;
        private int done;
        private int loaded;
        private int skippedRecords;

        Batches(List<Path> files, Workers workers, ExtractionRun run, PersonDirectory people,
                List<ArticleFailure> failures, int alreadyDone) {
            this.files = files;
            this.workers = workers;
            this.run = run;
            this.people = people;
            this.failures = failures;
            this.total = files.size() + alreadyDone;
            this.done = alreadyDone;
        }

        int loaded() {
            return loaded;
        }

        int skippedRecords() {
            return skippedRecords;
        }

        @Override
        public boolean hasNext() {
            return next < files.size();
        }

        @Override
        public List<NamedGraph> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Slice current = ahead != null ? ahead : submit(next);
            next += current.files().size();
            ahead = hasNext() ? submit(next) : null;
            List<Path> slice = current.files();
            List<Future<FileFacts>> extracted = current.extracted();
            // Extraction runs in parallel; names are then resolved in file order, so that which spelling names a
            // person does not depend on thread timing; mapping runs in parallel again.
            List<ArticleFacts> facts = new ArrayList<>(slice.size());
            for (int i = 0; i < slice.size(); i++) {
                FileFacts file = await(slice.get(i), extracted.get(i));
                if (file == null) {
                    continue;
                }
                file.content().problems().forEach(p -> failures.add(new ArticleFailure(p.file(), p.getMessage())));
                failures.addAll(file.failed());
                skippedRecords += file.content().skippedRecords();
                for (ArticleFacts article : file.facts()) {
                    if (isFirstOfItsId(article)) {
                        article.facts(Contract.OFFICIALS).forEach(o -> people.slug(o.name(), o.state()));
                        facts.add(article);
                    }
                }
            }
            List<Future<NamedGraph>> mapped = facts.stream()
                    .map(article -> workers.mapping().submit(() -> pipeline.graph(article, run, people)))
                    .toList();
            List<NamedGraph> graphs = new ArrayList<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                NamedGraph graph = await(facts.get(i).source().article().source(), mapped.get(i));
                if (graph != null) {
                    graphs.add(graph);
                }
            }
            loaded += graphs.size();
            done += slice.size();
            listener.progress(done, total);
            return graphs;
        }

        /** Submits the extraction of the batch that starts at file {@code from}. */
        private Slice submit(int from) {
            List<Path> slice = files.subList(from, Math.min(files.size(), from + options.batchSize()));
            return new Slice(slice, slice.stream()
                    .map(file -> workers.extraction().submit(() -> extract(file)))
                    .toList());
        }

        /**
         * Whether {@code article} is the first of its id in this load; a later one ({@code a.txt} beside
         * {@code a.html}, one address in two archives) is a failure naming both files, in file order.
         */
        private boolean isFirstOfItsId(ArticleFacts article) {
            Article read = article.source().article();
            Path first = sources.putIfAbsent(read.id(), read.source());
            if (first == null) {
                return true;
            }
            failures.add(new ArticleFailure(read.source(), read.source() + ": article id '" + read.id()
                    + "' is already that of " + first + " in this load: not loaded (rename one of them)"));
            return false;
        }

        /** The facts of every article of {@code file}; runs on a worker. */
        private FileFacts extract(Path file) {
            ArticleFileContent content = pipeline.read(file);
            List<ArticleFacts> facts = new ArrayList<>(content.articles().size());
            List<ArticleFailure> failed = new ArrayList<>();
            for (Article article : content.articles()) {
                try {
                    facts.add(pipeline.extract(article));
                } catch (RuntimeException e) {
                    // One page of an archive that extraction cannot handle leaves the archive's other pages to load.
                    failed.add(new ArticleFailure(file, file + ": article " + article.id() + ": extraction failed: "
                            + e));
                }
            }
            return new FileFacts(content, facts, failed);
        }

        private <T> T await(Path file, Future<T> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiplokgException("load interrupted at " + file, e);
            } catch (ExecutionException e) {
                ArticleFailure failure = failure(file, e.getCause());
                failures.add(failure);
                // A file's own problem is reported once, by whoever reads the report (the CLI's "rejected:" line,
                // the upload's JSON); anything else is a fault of ours and keeps its stack trace in the log. The
                // failure's message names the exception: a JIT-recycled NullPointerException has no message.
                if (e.getCause() instanceof ArticleFormatException) {
                    LOG.debug("Left out {}", failure.message());
                } else {
                    LOG.warn("Left out {}", failure.message(), e.getCause());
                }
                return null;
            }
        }

        private ArticleFailure failure(Path file, Throwable cause) {
            if (cause instanceof ArticleFormatException format) {
                return new ArticleFailure(file, format.getMessage());
            }
            return new ArticleFailure(file, file + ": extraction failed: " + cause);
        }
    }

    /** The articles of one file, the facts of those extracted, and those whose extraction failed. */
    private record FileFacts(ArticleFileContent content, List<ArticleFacts> facts, List<ArticleFailure> failed) {
    }
}
