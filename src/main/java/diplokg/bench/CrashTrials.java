package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.store.GraphStats;
import diplokg.store.TdbStore;
import diplokg.validate.StoreValidator;
import diplokg.validate.Validation;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Crash trials of the writer: {@code diplokg ingest} of new articles into a store holding old ones runs in a child
 * JVM and is killed with SIGKILL at a random moment; the store is then reopened in this JVM and must open, validate
 * against the SHACL shapes, and hold exactly the old or the new state: the same named graphs with the same number of
 * triples each (article graphs, the reference graph and the derived knowledge graph alike).
 *
 * <p>The old and new states are made first by complete runs of the same command. Half of the kills come at a moment
 * drawn uniformly over the time the complete run took, so they fall on JVM start, model loading, extraction, writing
 * and commit in proportion to the time each takes; the other half in the last fifth of that time or just past it, to
 * meet the writes and the commit more often (see {@link #killMoment}). The small batch size spreads writes over the
 * run. Every trial starts from a fresh copy of the old store.
 */
public final class CrashTrials {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final int BATCH_SIZE = 5;
    /** The key of the store's version (its patch log's newest patch) in what {@link #check} returns. */
    static final String VERSION = "(store version)";
    /** The outcomes ({@link #outcome}) of a trial that left the store in the old or the new state. */
    static final Set<String> CONSISTENT = Set.of("old", "new", "finished");

    private final ChildJvm jvm;
    private final Path ontology;
    private final BaseIri base;
    private final StoreValidator validator;

    /**
     * @param mainClass the command line's main class, run in the child JVMs
     * @param ontology  the ontology folder (shapes included)
     */
    public CrashTrials(String mainClass, Path ontology, BaseIri base) {
        this.jvm = new ChildJvm(mainClass, "512m");
        this.ontology = ontology.toAbsolutePath();
        this.base = base;
        this.validator = StoreValidator.load(this.ontology.resolve("shapes.ttl"), base);
    }

    /**
     * Runs {@code trials} trials in {@code work} (created; trial stores are deleted when consistent, kept otherwise),
     * with {@code oldArticles} loaded before and {@code newArticles} loaded by the killed writer.
     *
     * @param done told the number of each trial as it ends
     */
    public List<CrashTrial> run(Path work, Path oldArticles, Path newArticles, int trials, long seed,
                                IntConsumer done) {
        Path oldStore = work.resolve("old");
        Path newStore = work.resolve("new");
        RawLoader.delete(work);
        ingest(oldStore, oldArticles, work.resolve("old.log"));
        Map<String, Long> before = check(oldStore, "the old store");
        copy(oldStore, newStore);
        long start = System.nanoTime();
        ingest(newStore, newArticles, work.resolve("new.log"));
        long complete = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        Map<String, Long> after = check(newStore, "the new store");
        if (after.equals(before)) {
            throw new DiplokgException(newArticles + ": loading these changes nothing in the store; crash trials need"
                    + " new articles");
        }
        Random random = new Random(seed);
        List<CrashTrial> results = new ArrayList<>();
        for (int i = 1; i <= trials; i++) {
            results.add(trial(i, work, oldStore, newArticles, killMoment(i, complete, random), before, after));
            done.accept(i);
        }
        return results;
    }

    /**
     * When to kill, in milliseconds after the start: odd trials anywhere in the time a complete run took; even trials
     * in its last fifth or just past it, where the writes, the commit and the end of the process are (JVM start and
     * model loading take most of a small run, so uniform kills alone seldom meet a write).
     */
    static long killMoment(int trial, long complete, Random random) {
        double fraction = trial % 2 == 1 ? random.nextDouble() : 0.8 + 0.25 * random.nextDouble();
        return (long) (fraction * complete);
    }

    private CrashTrial trial(int number, Path work, Path oldStore, Path articles, long killAfter,
                             Map<String, Long> before, Map<String, Long> after) {
        Path store = work.resolve("trial-" + number);
        copy(oldStore, store);
        Path log = work.resolve("trial-" + number + ".log");
        Process writer = jvm.start(arguments(store, articles), log);
        long start = System.nanoTime();
        boolean finished;
        try {
            finished = writer.waitFor(killAfter, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            ChildJvm.kill(writer);
            Thread.currentThread().interrupt();
            throw new DiplokgException("crash trials interrupted", e);
        }
        ChildJvm.kill(writer);
        long killedAfter = (System.nanoTime() - start) / 1_000_000;
        String outcome = outcome(store, number, before, after, finished);
        return settle(number, killedAfter, outcome, CONSISTENT.contains(outcome), store);
    }

    /**
     * What trial {@code number} left in {@code store}: {@code old} or {@code new} when it holds exactly that state,
     * {@code finished} when the writer ended before the kill and it holds the new state, else what differs or failed.
     */
    String outcome(Path store, int number, Map<String, Long> before, Map<String, Long> after, boolean finished) {
        try {
            Map<String, Long> found = check(store, "trial " + number);
            return found.equals(before) ? "old" : found.equals(after) ? (finished ? "finished" : "new")
                    : "neither old nor new: " + difference(before, after, found);
        } catch (DiplokgException e) {
            return e.getMessage();
        }
    }

    /** The record of a trial: a consistent trial's store is deleted, another's kept and named in the outcome. */
    static CrashTrial settle(int number, long killedAfter, String outcome, boolean consistent, Path store) {
        if (consistent) {
            RawLoader.delete(store);
        }
        return new CrashTrial(number, killedAfter, consistent ? outcome : outcome + " (store kept in " + store + ")",
                consistent);
    }

    private List<String> arguments(Path store, Path articles) {
        return List.of("ingest", "--data", store.toAbsolutePath().toString(), "--ontology", ontology.toString(),
                "--base", base.value(), "--batch-size", String.valueOf(BATCH_SIZE), articles.toAbsolutePath()
                        .toString());
    }

    void ingest(Path store, Path articles, Path log) {
        int code = jvm.run(arguments(store, articles), log, LIMIT);
        if (code != 0) {
            throw new DiplokgException("ingest of " + articles + " into " + store + " ended with " + code + ":\n"
                    + ChildJvm.tail(log));
        }
    }

    /**
     * Opens the store, validates it, checks its patch log, and returns its triples per named graph with its version
     * (under {@value #VERSION}); throws naming what failed. The log is consistent when, once the store is open, no
     * pending patch ({@code .rdfp.tmp}) is left and its newest patch is the one of the store's version.
     */
    Map<String, Long> check(Path folder, String what) {
        try (TdbStore store = TdbStore.open(folder)) {
            Map<String, Long> graphs = new TreeMap<>();
            for (GraphStats stats : store.graphStats()) {
                graphs.put(stats.graph(), stats.triples());
            }
            long version = store.version();
            graphs.put(VERSION, version);
            long newest = store.patchLog().newest().orElse(0);
            if (newest != version) {
                throw new DiplokgException(what + ": the store is at version " + version + " but the newest patch of"
                        + " its log is " + newest);
            }
            try (Stream<Path> files = Files.list(store.patchLog().folder())) {
                List<String> pending = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                        .toList();
                if (!pending.isEmpty()) {
                    throw new DiplokgException(what + ": pending patches left after the store opened: " + pending);
                }
            } catch (IOException e) {
                throw new DiplokgException(what + ": cannot list the patch log: " + e.getMessage(), e);
            }
            Validation validation = validator.validate(store);
            if (!validation.hasNoViolations()) {
                throw new DiplokgException(what + ": " + validation.findings().size() + " SHACL findings, "
                        + "violations among them");
            }
            return graphs;
        } catch (DiplokgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DiplokgException(what + ": the store does not open or read: " + e, e);
        }
    }

    static String difference(Map<String, Long> before, Map<String, Long> after, Map<String, Long> found) {
        long fromOld = found.keySet().stream().filter(k -> !k.equals(VERSION) && before.containsKey(k)).count();
        long fromNew = found.keySet().stream().filter(k -> !k.equals(VERSION) && after.containsKey(k)).count();
        return (found.size() - 1) + " graphs, " + fromOld + " of the old " + (before.size() - 1) + ", " + fromNew
                + " of the new " + (after.size() - 1) + "; version " + found.get(VERSION) + " (old "
                + before.get(VERSION) + ", new " + after.get(VERSION) + ")";
    }

    /** Copies a closed store folder. */
    static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new DiplokgException(from + ": cannot copy the store to " + to + ": " + e.getMessage(), e);
        }
    }
}
