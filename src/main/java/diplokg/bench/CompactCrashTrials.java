package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Crash trials of compaction: {@code diplokg compact} runs in a child JVM over a copy of a store that holds old
 * commits (old articles, then new ones in batches, then some of them removed), and is killed with SIGKILL at a random
 * moment (drawn as in {@link CrashTrials}). Compaction never changes content, so the store must then open, validate
 * and hold exactly what it held before: the same named graphs with the same number of triples each, the same version,
 * a consistent patch log. The outcome names the TDB2 generations ({@code Data-NNNN}) left in the folder, which shows
 * whether the kill came before, during or after the copy into the new generation.
 */
public final class CompactCrashTrials {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final CrashTrials checks;
    private final ChildJvm jvm;
    private final Path ontology;
    private final BaseIri base;

    /**
     * @param checks    the ingest trials, whose loading and store checks these share
     * @param mainClass the command line's main class
     * @param ontology  the ontology folder
     */
    public CompactCrashTrials(CrashTrials checks, String mainClass, Path ontology, BaseIri base) {
        this.checks = checks;
        this.jvm = new ChildJvm(mainClass, "512m");
        this.ontology = ontology.toAbsolutePath();
        this.base = base;
    }

    /**
     * Runs {@code trials} trials in {@code work} (created; trial stores are deleted when consistent, kept otherwise):
     * the store compacted holds {@code oldArticles}, then {@code newArticles} loaded in batches, then every third
     * article of it removed.
     *
     * @param done told the number of each trial as it ends
     */
    public List<CrashTrial> run(Path work, Path oldArticles, Path newArticles, int trials, long seed,
                                IntConsumer done) {
        RawLoader.delete(work);
        Path store = work.resolve("store");
        checks.ingest(store, oldArticles, work.resolve("old.log"));
        checks.ingest(store, newArticles, work.resolve("new.log"));
        removeSome(store, work.resolve("remove.log"));
        Map<String, Long> before = checks.check(store, "the store to compact");
        Path complete = work.resolve("complete");
        CrashTrials.copy(store, complete);
        List<String> generationsBefore = generations(complete);
        long start = System.nanoTime();
        compact(complete, work.resolve("complete.log"));
        long took = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        if (generations(complete).equals(generationsBefore)) {
            throw new DiplokgException(complete + ": compaction left the generations " + generationsBefore
                    + " as they were; see " + work.resolve("complete.log"));
        }
        Map<String, Long> after = checks.check(complete, "the store after a complete compaction");
        if (!after.equals(before)) {
            throw new DiplokgException(complete + ": a complete compaction changed the store's content: "
                    + CrashTrials.difference(before, before, after));
        }
        RawLoader.delete(complete);
        Random random = new Random(seed);
        List<CrashTrial> results = new ArrayList<>();
        for (int i = 1; i <= trials; i++) {
            results.add(trial(i, work, store, CrashTrials.killMoment(i, took, random), before));
            done.accept(i);
        }
        return results;
    }

    private CrashTrial trial(int number, Path work, Path original, long killAfter, Map<String, Long> before) {
        Path store = work.resolve("trial-" + number);
        CrashTrials.copy(original, store);
        Process compactor = jvm.start(arguments("compact", store), work.resolve("trial-" + number + ".log"));
        long start = System.nanoTime();
        boolean finished;
        try {
            finished = compactor.waitFor(killAfter, TimeUnit.MILLISECONDS) && compactor.exitValue() == 0;
        } catch (InterruptedException e) {
            ChildJvm.kill(compactor);
            Thread.currentThread().interrupt();
            throw new DiplokgException("crash trials interrupted", e);
        }
        ChildJvm.kill(compactor);
        long killedAfter = (System.nanoTime() - start) / 1_000_000;
        String left = String.join("+", generations(store));
        String outcome;
        try {
            Map<String, Long> found = checks.check(store, "trial " + number);
            outcome = found.equals(before) ? (finished ? "finished" : "old") + " (" + left + ")"
                    : "content changed: " + CrashTrials.difference(before, before, found) + " (" + left + ")";
        } catch (DiplokgException e) {
            outcome = e.getMessage() + " (" + left + ")";
        }
        boolean consistent = outcome.startsWith("old (") || outcome.startsWith("finished (");
        return CrashTrials.settle(number, killedAfter, outcome, consistent, store);
    }

    /** Removes every third article of the store, with {@code diplokg remove}, so that old commits hold deletions. */
    private void removeSome(Path store, Path log) {
        String prefix = base.graph("article/");
        List<String> ids = checks.check(store, "the store before removals").keySet().stream()
                .filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length())).toList();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 3) {
            removed.add(ids.get(i));
        }
        List<String> arguments = new ArrayList<>(arguments("remove", store));
        arguments.addAll(removed);
        run(arguments, log);
    }

    private void compact(Path store, Path log) {
        run(arguments("compact", store), log);
    }

    private void run(List<String> arguments, Path log) {
        int code = jvm.run(arguments, log, LIMIT);
        if (code != 0) {
            throw new DiplokgException(arguments + " ended with " + code + ":\n" + ChildJvm.tail(log));
        }
    }

    private List<String> arguments(String command, Path store) {
        return List.of(command, "--data", store.toAbsolutePath().toString(), "--ontology", ontology.toString(),
                "--base", base.value());
    }

    /** The TDB2 generation folders ({@code Data-NNNN}) in a store folder, in order. */
    static List<String> generations(Path store) {
        try (Stream<Path> files = Files.list(store)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (IOException e) {
            throw new DiplokgException(store + ": cannot list the store: " + e.getMessage(), e);
        }
    }
}
