package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.bench.BenchReport;
import diplokg.bench.BenchSettings;
import diplokg.bench.Benchmark;
import diplokg.bench.ReliabilityBench;
import diplokg.bench.ReliabilitySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code diplokg bench}: measures diplokg on a generated corpus and reports as JSON and Markdown. */
@Command(name = "bench",
        description = {"Measure diplokg on a generated corpus of N articles.",
            "Side by side in one run: extraction next to OpenNLP alone, load next to the raw TDB2 loader, incremental"
                + " ingest and compaction, every saved query in process and over HTTP, HTTP throughput next to plain"
                + " Fuseki, peak heap.",
            "Writes DIR/bench-N.json and DIR/bench-N.md and prints the Markdown. Reuses DIR/corpus-N-sS. The"
                + " report is written again after each phase and each saved query, marked partial until the end.",
            "With --reuse-store: only the saved queries and HTTP throughput, on the store DIR/store-N of an earlier"
                + " run; writes DIR/bench-N-queries.json and .md.",
            "With --reliability: crash trials of ingest, of the server during an upload and during a SPARQL Update,"
                + " and of compact (each killed with SIGKILL at random moments), then a load run of"
                + " a server over N generated articles (1,000 unless --articles says) by concurrent clients mixing"
                + " saved queries, resource pages and SPARQL; writes DIR/reliability-N.json and .md."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--articles", paramLabel = "N", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder of corpora, stores and reports "
            + "(default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench");

    @Option(names = "--seed", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--threads", description = "Threads for \"all cores\" (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sample", description = "Articles the extraction rates are measured on "
            + "(default: ${DEFAULT-VALUE}).")
    int sample = 1000;

    @Option(names = "--runs", description = "Warm runs per saved query (default: ${DEFAULT-VALUE}).")
    int runs = 20;

    @Option(names = "--load-seconds", description = "Seconds each HTTP concurrency level is driven, per server "
            + "(default: ${DEFAULT-VALUE}).")
    double loadSeconds = 5;

    @Option(names = "--reuse-store", description = "Time the saved queries only, on the store an earlier run left in"
            + " DIR/store-N (no generation, extraction or load).")
    boolean reuseStore;

    @Option(names = "--reliability", description = "Run the reliability suite instead: crash trials and a load run.")
    boolean reliability;

    @Option(names = "--clients", description = "Concurrent clients of the reliability load run "
            + "(default: ${DEFAULT-VALUE}).")
    int clients = 16;

    @Option(names = "--minutes", description = "Length of the reliability load run, in minutes "
            + "(default: ${DEFAULT-VALUE}).")
    double minutes = 10;

    @Option(names = "--trials", description = "Crash trials of the reliability run; 0 for none "
            + "(default: ${DEFAULT-VALUE}).")
    int trials = 50;

    @Option(names = "--upload-trials", description = "Crash trials of the server killed during an upload to "
            + "/kg-admin/articles; 0 for none (default: ${DEFAULT-VALUE}).")
    int uploadTrials = 50;

    @Option(names = "--update-trials", description = "Crash trials of the server killed during a SPARQL Update on "
            + "/kg-admin/update; 0 for none (default: ${DEFAULT-VALUE}).")
    int updateTrials = 50;

    @Option(names = "--compact-trials", description = "Crash trials of compact (killed with SIGKILL at random "
            + "moments); 0 for none (default: ${DEFAULT-VALUE}).")
    int compactTrials = 50;

    @Override
    public Integer call() {
        if (reliability) {
            return reliability();
        }
        if (articles < 10) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 10, got " + articles);
        }
        BenchSettings settings = new BenchSettings(articles, seed, out, Math.max(1, threads), Math.max(1, sample),
                Math.max(1, runs), Duration.ofMillis(Math.round(loadSeconds * 1000)), project.ontology(),
                project.queries(), project.fusekiConfig(), project.base(), reuseStore);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        Consumer<String> phase = terminal ? name -> {
            err.println(name + "...");
            err.flush();
        } : name -> { };
        String name = "bench-" + articles + (reuseStore ? "-queries" : "");
        Consumer<BenchReport> written = report -> {
            write(out.resolve(name + ".json"), report.json());
            write(out.resolve(name + ".md"), report.markdown());
        };
        BenchReport report = new Benchmark(settings, ProgressBar.forTerminal(err), phase, written).run();
        written.accept(report);
        spec.commandLine().getOut().print(report.markdown());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    private Integer reliability() {
        int size = spec.commandLine().getParseResult().hasMatchedOption("--articles") ? articles : 1000;
        ReliabilitySettings settings;
        try {
            settings = new ReliabilitySettings(size, seed, out, clients, Duration.ofMillis(Math.round(minutes
                    * 60_000)), trials, uploadTrials, updateTrials, compactTrials, Main.class.getName(),
                    project.ontology(), project.queries(), project.fusekiConfig(), project.base());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = new ReliabilityBench(settings, name -> {
            err.println(name + "...");
            err.flush();
        }).run();
        write(out.resolve("reliability-" + size + ".json"), report.json());
        write(out.resolve("reliability-" + size + ".md"), report.markdown());
        spec.commandLine().getOut().print(report.markdown());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** Writes through a file beside it, so that a report read while a long run rewrites it is whole. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot write the report: " + e.getMessage(), e);
        }
    }
}
