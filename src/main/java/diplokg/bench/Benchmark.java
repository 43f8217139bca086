package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.ReferenceGraph;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import diplokg.queries.SavedQueryCatalog;
import diplokg.server.AdminAccess;
import diplokg.server.DiplokgServer;
import diplokg.server.QueryLimits;
import diplokg.server.ServerSettings;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.store.UnionQuery;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * One benchmark run: generates (or reuses) the corpus, measures extraction, loads an empty store, times every saved
 * query in process and over HTTP, drives both servers at several concurrencies, ingests more articles into the full
 * store and compacts it, all in one process so that every ratio is taken under the same machine load.
 *
 * <p>Files: {@code out/corpus-N-sS/} (kept and reused by later runs of the same N and seed), {@code out/store-N/}
 * (rebuilt by each run, or only read with {@link BenchSettings#reuseStore()}) and temporary stores for the raw
 * loaders, deleted after use.
 */
public final class Benchmark {

    /** In-process query timeout: long enough to see what a query costs, short enough to finish the run. */
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(3);

    private final BenchSettings settings;
    private final IngestListener progress;
    private final Consumer<String> phase;
    private final Consumer<BenchReport> written;
    private final List<Section> sections = new ArrayList<>();
    private HeapSampler heap;
    private QueryBench running;
    private String phaseNow = "starting";

    /**
     * @param progress told how each ingest advances
     * @param phase    told the name of each phase as it starts
     * @param written  given the report so far at the start of each phase and after each saved query measured, marked
     *                 as partial, so that a run stopped before its end still leaves its figures
     */
    public Benchmark(BenchSettings settings, IngestListener progress, Consumer<String> phase,
                     Consumer<BenchReport> written) {
        this.settings = settings;
        this.progress = progress;
        this.phase = phase;
        this.written = written;
    }

    /** Runs every measurement and returns the report. */
    public BenchReport run() {
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            this.heap = heap;
            if (settings.reuseStore()) {
                queriesOnly();
            } else {
                everything();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<List<Object>> live = new ArrayList<>();
            heap.peakLivePerPhase().forEach((name, bytes) -> live.add(List.of(name, bytes / 1e6)));
            add(new Section("heap", "Heap left after collections, largest per phase (MB)",
                    List.of("phase", "live heap (MB)"), live));
            add(new Section("run", "Run", List.of("figure", "value"), List.of(
                    List.of("peak heap used (MB)", heap.peakBytes() / 1e6),
                    List.of("peak heap live after a collection (MB)", heap.peakLiveBytes() / 1e6),
                    List.of("phase of that peak", heap.peakLivePhase()),
                    List.of("heap limit (MB)", heap.maxBytes() / 1e6),
                    List.of("wall time (s)", wall))));
            return report("");
        }
    }

    private void everything() {
        Path corpus = corpus(settings.articles(), settings.seed());
        Path extra = corpus(settings.extraArticles(), settings.seed() + 1);
        enter("loading models");
        ArticlePipeline pipeline = new ArticlePipeline(FrenchNlp.load(), Lexicon.load(settings.ontology()),
                settings.base());
        NamedGraph reference = ReferenceGraph.of(settings.ontology(), settings.base());
        enter("extraction rates");
        add(new ExtractionBench(pipeline, settings.threads()).measure(sample(corpus)));
        enter("extraction quality on the sample");
        add(new QualityBench(pipeline, reference).measure(sample(corpus), corpus.resolve("gold")));
        Path folder = store();
        RawLoader.delete(folder);
        LoadBench load = new LoadBench(pipeline, reference, settings.threads(), progress);
        // The knowledge layer derived as `ingest` derives it: the saved queries read it, and the load pays for it.
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(settings.base()))) {
            enter("ingest of " + settings.articles() + " articles into an empty store");
            add(load.load(store, corpus.resolve("articles"), settings.out()));
            queries(store);
            enter("ingest of " + settings.extraArticles() + " more articles");
            add(load.addMore(store, extra.resolve("articles")));
        }
    }

    /**
     * Times the saved queries on the store a previous run left: a store of 100,000 articles takes most of an hour
     * to generate and load, and the queries are what changes most often between runs.
     */
    private void queriesOnly() {
        Path folder = store();
        if (!Files.isDirectory(folder)) {
            throw new DiplokgException(folder + ": no store to reuse; a run of bench without --reuse-store at "
                    + settings.articles() + " articles leaves one there");
        }
        enter("opening the store");
        // A store derived by other rules is derived again here, as a server would: its queries read the layer.
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(settings.base()))) {
            if (store.isEmpty()) {
                throw new DiplokgException(folder + ": the store to reuse is empty");
            }
            add(LoadBench.stored(store, settings.base()));
            queries(store);
        }
    }

    private Path store() {
        return settings.out().resolve("store-" + settings.articles());
    }

    private void add(Section section) {
        sections.add(section);
        publish();
    }

    /** Hands the report so far to whoever writes it. */
    private void publish() {
        written.accept(report(phaseNow));
    }

    private BenchReport report(String inProgress) {
        List<Section> all = new ArrayList<>(sections);
        if (running != null && inProgress.length() > 0) {
            // The query tables are added when their HTTP half is done; until then they are shown as they grow.
            if (running.started(false) && all.stream().noneMatch(s -> s.id().equals("queries"))) {
                all.add(running.cached());
            }
            if (running.started(true) && all.stream().noneMatch(s -> s.id().equals("queries-uncached"))) {
                all.add(running.uncached());
            }
        }
        return new BenchReport(settings.articles(), settings.seed(), Runtime.getRuntime().availableProcessors(), all,
                inProgress);
    }

    /** Announces a phase on the terminal and names it for the heap figures. */
    private void enter(String name) {
        if (heap != null) {
            heap.phase(name);
        }
        phaseNow = name;
        phase.accept(name);
        publish();
    }

    private void queries(TdbStore store) {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(settings.queries());
        QueryBench latencies = new QueryBench(catalog, settings.runs(), QUERY_TIMEOUT, QueryLimits.DEFAULT_MAX_ROWS,
                this::publish);
        running = latencies;
        enter("saved-query latencies in process");
        latencies.measureLocal(store.dataset());
        enter("saved-query latencies in process, cache off");
        latencies.measureLocalUncached(store.dataset(), settings.base());
        // Plain Fuseki must see the same default graph as diplokg's server: the union of the named graphs.
        UnionQuery.makeDefault(store.dataset());
        FusekiServer ours = DiplokgServer.build(new ServerSettings(settings.config(), store.folder(), 0,
                settings.queries(), settings.ontology(), settings.base())).start();
        FusekiServer uncached = DiplokgServer.build(new ServerSettings(settings.config(), store.folder(), 0,
                settings.queries(), settings.ontology(), settings.base(), AdminAccess.NONE, true, false, null))
                .start();
        FusekiServer plain = FusekiServer.create().port(0).loopback(true).add("/plain", store.dataset(), false)
                .build().start();
        try {
            HttpDriver http = new HttpDriver();
            URI diplokg = URI.create("http://127.0.0.1:" + ours.getHttpPort() + "/");
            URI fuseki = URI.create("http://127.0.0.1:" + plain.getHttpPort() + "/");
            enter("saved-query latencies over HTTP");
            add(latencies.measureHttp(http, diplokg));
            enter("saved-query latencies over HTTP, cache off");
            add(latencies.measureUncachedHttp(http,
                    URI.create("http://127.0.0.1:" + uncached.getHttpPort() + "/")));
            enter("HTTP throughput at " + ConcurrencyBench.CLIENTS + " clients");
            add(new ConcurrencyBench(catalog, settings.loadTime()).measure(http, diplokg, fuseki));
        } finally {
            ours.stop();
            uncached.stop();
            plain.stop();
        }
    }

    /** The corpus folder of {@code count} articles of {@code seed}, generated unless a complete one is there. */
    private Path corpus(int count, long seed) {
        Path folder = settings.out().resolve("corpus-" + count + "-s" + seed);
        if (articleCount(folder.resolve("articles")) == count) {
            return folder;
        }
        enter("generating " + count + " articles");
        var report = new CorpusGenerator(GeneratorData.load(settings.ontology()))
                .write(folder, count, seed, settings.threads());
        add(new Section("generate-" + count, "Corpus generation (" + count + " articles)",
                List.of("articles", "MB", "articles/s"), List.of(List.of(count, report.bytes() / 1e6, report.rate()))));
        return folder;
    }

    private List<Path> sample(Path corpus) {
        try (Stream<Path> files = Files.list(corpus.resolve("articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(settings.sample()).toList();
        } catch (IOException e) {
            throw new DiplokgException(corpus + ": cannot list the articles: " + e.getMessage(), e);
        }
    }

    private static long articleCount(Path folder) {
        if (!Files.isDirectory(folder)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
