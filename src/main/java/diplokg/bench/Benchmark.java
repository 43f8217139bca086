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
 * (rebuilt by each run) and temporary stores for the raw loaders, deleted after use.
 */
public final class Benchmark {

    /** In-process query timeout: long enough to see what a query costs, short enough to finish the run. */
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(3);

    private final BenchSettings settings;
    private final IngestListener progress;
    private final Consumer<String> phase;
    private HeapSampler heap;

    /**
     * @param progress told how each ingest advances
     * @param phase    told the name of each phase as it starts
     */
    public Benchmark(BenchSettings settings, IngestListener progress, Consumer<String> phase) {
        this.settings = settings;
        this.progress = progress;
        this.phase = phase;
    }

    /** Runs every measurement and returns the report. */
    public BenchReport run() {
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            this.heap = heap;
            List<Section> sections = new ArrayList<>();
            Path corpus = corpus(settings.articles(), settings.seed(), sections);
            Path extra = corpus(settings.extraArticles(), settings.seed() + 1, sections);
            enter("loading models");
            ArticlePipeline pipeline = new ArticlePipeline(FrenchNlp.load(), Lexicon.load(settings.ontology()),
                    settings.base());
            NamedGraph reference = ReferenceGraph.of(settings.ontology(), settings.base());
            enter("extraction rates");
            sections.add(new ExtractionBench(pipeline, settings.threads()).measure(sample(corpus)));
            enter("extraction quality on the sample");
            sections.add(new QualityBench(pipeline, reference).measure(sample(corpus), corpus.resolve("gold")));
            Path folder = settings.out().resolve("store-" + settings.articles());
            RawLoader.delete(folder);
            LoadBench load = new LoadBench(pipeline, reference, settings.threads(), progress);
            // The knowledge layer derived as `ingest` derives it: the saved queries read it, and the load pays for it.
            try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(settings.base()))) {
                enter("ingest of " + settings.articles() + " articles into an empty store");
                sections.add(load.load(store, corpus.resolve("articles"), settings.out()));
                queries(store, sections);
                enter("ingest of " + settings.extraArticles() + " more articles");
                sections.add(load.addMore(store, extra.resolve("articles")));
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<List<Object>> live = new ArrayList<>();
            heap.peakLivePerPhase().forEach((name, bytes) -> live.add(List.of(name, bytes / 1e6)));
            sections.add(new Section("heap", "Heap left after collections, largest per phase (MB)",
                    List.of("phase", "live heap (MB)"), live));
            sections.add(new Section("run", "Run", List.of("figure", "value"), List.of(
                    List.of("peak heap used (MB)", heap.peakBytes() / 1e6),
                    List.of("peak heap live after a collection (MB)", heap.peakLiveBytes() / 1e6),
                    List.of("phase of that peak", heap.peakLivePhase()),
                    List.of("heap limit (MB)", heap.maxBytes() / 1e6),
                    List.of("wall time (s)", wall))));
            return new BenchReport(settings.articles(), settings.seed(), Runtime.getRuntime().availableProcessors(),
                    sections);
        }
    }

    /** Announces a phase on the terminal and names it for the heap figures. */
    private void enter(String name) {
        if (heap != null) {
            heap.phase(name);
        }
        phase.accept(name);
    }

    private void queries(TdbStore store, List<Section> sections) {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(settings.queries());
        QueryBench latencies = new QueryBench(catalog, settings.runs(), QUERY_TIMEOUT, QueryLimits.DEFAULT_MAX_ROWS);
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
            sections.add(latencies.measureHttp(http, diplokg));
            enter("saved-query latencies over HTTP, cache off");
            sections.add(latencies.measureUncachedHttp(http,
                    URI.create("http://127.0.0.1:" + uncached.getHttpPort() + "/")));
            enter("HTTP throughput at " + ConcurrencyBench.CLIENTS + " clients");
            sections.add(new ConcurrencyBench(catalog, settings.loadTime()).measure(http, diplokg, fuseki));
        } finally {
            ours.stop();
            uncached.stop();
            plain.stop();
        }
    }

    /** The corpus folder of {@code count} articles of {@code seed}, generated unless a complete one is there. */
    private Path corpus(int count, long seed, List<Section> sections) {
        Path folder = settings.out().resolve("corpus-" + count + "-s" + seed);
        if (articleCount(folder.resolve("articles")) == count) {
            return folder;
        }
        enter("generating " + count + " articles");
        var report = new CorpusGenerator(GeneratorData.load(settings.ontology()))
                .write(folder, count, seed, settings.threads());
        sections.add(new Section("generate-" + count, "Corpus generation (" + count + " articles)",
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
