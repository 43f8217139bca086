package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.queries.SavedQueryCatalog;
import diplokg.server.DiplokgServer;
import diplokg.server.ServerSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * {@code diplokg bench --reliability}: crash trials of the writers ({@link CrashTrials}, {@link UploadCrashTrials}
 * for an upload and for a SPARQL Update, {@link CompactCrashTrials}), then a load run ({@link LoadRun}) of a real
 * server on a free port over a generated store, and their report.
 *
 * <p>Files: {@code out/corpus-N-sS/} (generated, reused like {@link Benchmark}'s), {@code out/reliability-crash/}
 * (trial stores, deleted when consistent) and {@code out/reliability-store-N/} (rebuilt by each run).
 */
public final class ReliabilityBench {

    private final ReliabilitySettings settings;
    private final Consumer<String> phase;

    /** @param phase told the name of each phase as it starts */
    public ReliabilityBench(ReliabilitySettings settings, Consumer<String> phase) {
        this.settings = settings;
        this.phase = phase;
    }

    /** Runs the trials and the load run; returns the report. */
    public BenchReport run() {
        long start = System.nanoTime();
        Path corpus = corpus();
        List<Section> sections = new ArrayList<>();
        if (settings.trials() + settings.uploadTrials() + settings.updateTrials() + settings.compactTrials() > 0) {
            crashArticles(corpus.resolve("articles"));
        }
        List<CrashTrial> trials = settings.trials() == 0 ? List.of() : crashTrials();
        if (!trials.isEmpty()) {
            sections.add(trialSection("crash", "Crash trials: ingest killed with SIGKILL at a random moment", trials));
        }
        List<CrashTrial> uploads = settings.uploadTrials() == 0 ? List.of() : uploadTrials();
        if (!uploads.isEmpty()) {
            sections.add(trialSection("crash-upload", "Crash trials: server killed with SIGKILL during an upload",
                    uploads));
        }
        List<CrashTrial> updates = settings.updateTrials() == 0 ? List.of() : updateTrials();
        if (!updates.isEmpty()) {
            sections.add(trialSection("crash-update", "Crash trials: server killed with SIGKILL during a SPARQL Update",
                    updates));
        }
        List<CrashTrial> compactions = settings.compactTrials() == 0 ? List.of() : compactTrials();
        if (!compactions.isEmpty()) {
            sections.add(trialSection("crash-compact", "Crash trials: compact killed with SIGKILL at a random moment",
                    compactions));
        }
        LoadRun.Result load = load(corpus.resolve("articles"));
        sections.addAll(LoadFigures.sections(load));
        List<List<Object>> summary = new ArrayList<>(trialSummary(trials, uploads, updates, compactions));
        summary.addAll(LoadFigures.summary(load, settings));
        summary.add(List.of("wall time (s)", (System.nanoTime() - start) / 1e9));
        sections.add(0, new Section("summary", "Reliability run", List.of("figure", "value"), summary));
        return new BenchReport(settings.articles(), settings.seed(), Runtime.getRuntime().availableProcessors(),
                sections);
    }

    /**
     * The summary's rows for the four kinds of crash trial, in the order they run: how many were consistent, or,
     * for a kind its option set to 0, that it was not run (a ratio "0 of 0" would read as a result).
     */
    static List<List<Object>> trialSummary(List<CrashTrial> trials, List<CrashTrial> uploads,
                                           List<CrashTrial> updates, List<CrashTrial> compactions) {
        return List.of(consistency("crash trials consistent", "--trials", trials),
                consistency("upload crash trials consistent", "--upload-trials", uploads),
                consistency("update crash trials consistent", "--update-trials", updates),
                consistency("compaction crash trials consistent", "--compact-trials", compactions));
    }

    private static List<Object> consistency(String figure, String option, List<CrashTrial> trials) {
        return List.of(figure, trials.isEmpty() ? "not run (" + option + " 0)"
                : trials.stream().filter(CrashTrial::consistent).count() + " of " + trials.size());
    }

    private static Section trialSection(String id, String title, List<CrashTrial> trials) {
        return new Section(id, title, List.of("trial", "killed after ms", "outcome", "consistent"), trials.stream()
                .map(t -> List.<Object>of(t.number(), t.killedAfter(), t.outcome(), t.consistent() ? "yes" : "no"))
                .toList());
    }

    /** The old and new articles of the crash trials: the first ones of the corpus. */
    private void crashArticles(Path articles) {
        Path work = settings.out().resolve("reliability-crash");
        RawLoader.delete(work);
        List<Path> files = articleFiles(articles);
        copyInto(files.subList(0, ReliabilitySettings.CRASH_OLD), work.resolve("articles-old"));
        copyInto(files.subList(ReliabilitySettings.CRASH_OLD, ReliabilitySettings.CRASH_OLD
                + ReliabilitySettings.CRASH_NEW), work.resolve("articles-new"));
    }

    private List<CrashTrial> crashTrials() {
        Path work = settings.out().resolve("reliability-crash");
        Path old = work.resolve("articles-old");
        Path fresh = work.resolve("articles-new");
        phase.accept("crash trials (" + settings.trials() + ")");
        return new CrashTrials(settings.mainClass(), settings.ontology(), settings.base())
                .run(work.resolve("stores"), old, fresh, settings.trials(), settings.seed(),
                        i -> phase.accept("crash trial " + i + " of " + settings.trials() + " done"));
    }

    private List<CrashTrial> uploadTrials() {
        Path work = settings.out().resolve("reliability-crash");
        phase.accept("upload crash trials (" + settings.uploadTrials() + ")");
        CrashTrials checks = new CrashTrials(settings.mainClass(), settings.ontology(), settings.base());
        return new UploadCrashTrials(checks, settings.mainClass(), serveOptions())
                .run(work.resolve("upload-stores"), work.resolve("articles-old"), work.resolve("articles-new"),
                        settings.uploadTrials(), settings.seed(), i -> phase.accept("upload crash trial " + i + " of "
                                + settings.uploadTrials() + " done"));
    }

    private List<CrashTrial> updateTrials() {
        Path work = settings.out().resolve("reliability-crash");
        phase.accept("update crash trials (" + settings.updateTrials() + ")");
        CrashTrials checks = new CrashTrials(settings.mainClass(), settings.ontology(), settings.base());
        return new UploadCrashTrials(checks, settings.mainClass(), serveOptions())
                .runUpdate(work.resolve("update-stores"), work.resolve("articles-old"),
                        UploadCrashTrials.update(settings.base()), settings.updateTrials(), settings.seed(),
                        i -> phase.accept("update crash trial " + i + " of " + settings.updateTrials() + " done"));
    }

    private List<CrashTrial> compactTrials() {
        Path work = settings.out().resolve("reliability-crash");
        phase.accept("compaction crash trials (" + settings.compactTrials() + ")");
        CrashTrials checks = new CrashTrials(settings.mainClass(), settings.ontology(), settings.base());
        return new CompactCrashTrials(checks, settings.mainClass(), settings.ontology(), settings.base())
                .run(work.resolve("compact-stores"), work.resolve("articles-old"), work.resolve("articles-new"),
                        settings.compactTrials(), settings.seed(), i -> phase.accept("compaction crash trial " + i
                                + " of " + settings.compactTrials() + " done"));
    }

    private List<String> serveOptions() {
        return List.of("--ontology", settings.ontology().toAbsolutePath().toString(), "--queries",
                settings.queries().toAbsolutePath().toString(), "--base", settings.base().value());
    }

    private LoadRun.Result load(Path articles) {
        Path store = settings.out().resolve("reliability-store-" + settings.articles()).toAbsolutePath();
        RawLoader.delete(store);
        phase.accept("loading " + settings.articles() + " articles");
        Path log = settings.out().resolve("reliability-ingest.log");
        int code = new ChildJvm(settings.mainClass(), "1g").run(List.of("ingest", "--data", store.toString(),
                "--ontology", settings.ontology().toAbsolutePath().toString(), "--base", settings.base().value(),
                articles.toAbsolutePath().toString()), log, Duration.ofHours(2));
        if (code != 0) {
            throw new DiplokgException("the ingest of " + articles + " ended with " + code + ":\n"
                    + ChildJvm.tail(log));
        }
        FusekiServer server = DiplokgServer.build(new ServerSettings(settings.config(), store, 0, settings.queries(),
                settings.ontology(), settings.base()).withLoopback(true)).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI uri = URI.create("http://127.0.0.1:" + server.getHttpPort() + "/");
            RequestMix mix = RequestMix.of(client, uri, List.copyOf(SavedQueryCatalog.load(settings.queries()).all()),
                    settings.base());
            phase.accept("waiting for the server's warm-up of the saved queries");
            mix.warmUp(client);
            phase.accept("load run: " + settings.clients() + " clients for " + settings.duration().toSeconds() + " s");
            return new LoadRun(settings.clients(), settings.duration(), settings.heapEvery(), settings.seed())
                    .drive(client, mix);
        } finally {
            server.stop();
        }
    }

    /** The corpus folder of the run's articles and seed, generated unless a complete one is there. */
    private Path corpus() {
        Path folder = settings.out().resolve("corpus-" + settings.articles() + "-s" + settings.seed());
        if (Files.isDirectory(folder.resolve("articles"))
                && articleFiles(folder.resolve("articles")).size() == settings.articles()) {
            return folder;
        }
        phase.accept("generating " + settings.articles() + " articles");
        new CorpusGenerator(GeneratorData.load(settings.ontology())).write(folder, settings.articles(),
                settings.seed(), Runtime.getRuntime().availableProcessors());
        return folder;
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot list the articles: " + e.getMessage(), e);
        }
    }

    private static Path copyInto(List<Path> files, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Path file : files) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
            return folder;
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot copy articles: " + e.getMessage(), e);
        }
    }
}
