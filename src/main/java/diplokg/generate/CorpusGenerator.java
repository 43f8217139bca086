package diplokg.generate;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates a corpus of synthetic articles with their gold annotations, into {@code articles/*.txt} and
 * {@code gold/*.json} of a folder.
 *
 * <p>Deterministic: article {@code i} of seed {@code s} depends on nothing else (its random stream is derived from
 * {@code s} and {@code i}), so the same count and seed give byte-identical files whatever the number of threads,
 * and a corpus of 1,000 articles is the first 1,000 of a corpus of 100,000 (ids aside: their width grows with the
 * count). Articles are written as they are generated: memory does not grow with the corpus. Thread-safe.
 */
public final class CorpusGenerator {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final int MIN_ID_DIGITS = 6;

    private final GeneratorData data;

    public CorpusGenerator(GeneratorData data) {
        this.data = data;
    }

    /** Article {@code index} of the corpus of {@code seed}, its id padded to {@code digits} digits. */
    GeneratedArticle article(long seed, int index, int digits) {
        SplittableRandom random = new SplittableRandom(new SplittableRandom(seed + GOLDEN_GAMMA * (index + 1L))
                .nextLong());
        String id = String.format("%0" + digits + "d_%016x", index, random.nextLong());
        ArticlePlan plan = new Planner(data, random).plan(id);
        return new Composer(data, random, plan).compose();
    }

    /**
     * Writes {@code count} articles of {@code seed} into {@code folder}, on {@code threads} threads. Files of the
     * same names are replaced; other files in the folder are left alone.
     *
     * @throws DiplokgException when a file cannot be written, naming it
     */
    public CorpusReport write(Path folder, int count, long seed, int threads) {
        long start = System.nanoTime();
        Path articles = folder.resolve("articles");
        Path gold = folder.resolve("gold");
        createDirectories(articles);
        createDirectories(gold);
        int digits = digits(count);
        AtomicLong bytes = new AtomicLong();
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < count; i += workers) {
                        GeneratedArticle article = article(seed, i, digits);
                        bytes.addAndGet(write(articles.resolve(article.id() + ".txt"), article.text()));
                        bytes.addAndGet(write(gold.resolve(article.id() + ".json"), GoldJson.write(article.gold())));
                    }
                }));
            }
            await(futures);
        } finally {
            pool.shutdownNow();
        }
        return new CorpusReport(folder, count, bytes.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    static int digits(int count) {
        return Math.max(MIN_ID_DIGITS, Integer.toString(Math.max(0, count - 1)).length());
    }

    private static void await(List<Future<?>> futures) {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("corpus generation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DiplokgException("corpus generation failed: " + e.getCause(), e.getCause());
        }
    }

    private static long write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot be written: " + e.getMessage(), e);
        }
        return bytes.length;
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot create the folder: " + e.getMessage(), e);
        }
    }
}
