package diplokg.generate;

import diplokg.DiplokgException;
import diplokg.fact.AnnotationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    private static final int QUEUE_SIZE = 256;

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
     * Writes {@code count} articles of {@code seed} into {@code folder}. With more than one thread, {@code threads - 1}
     * threads generate and one writes: creating files is the slow part on most disks, and one writer avoids
     * contending for the folders. Files of the same names are replaced; other files in the folder are left alone.
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
        long bytes = 0;
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                bytes += write(articles, gold, encode(article(seed, i, digits)));
            }
        } else {
            bytes = writeInParallel(articles, gold, count, seed, threads - 1);
        }
        return new CorpusReport(folder, count, bytes, Duration.ofNanos(System.nanoTime() - start));
    }

    private long writeInParallel(Path articles, Path gold, int count, long seed, int generators) {
        int digits = digits(count);
        int workers = Math.min(generators, count);
        // Bounded: generators wait for the writer, so memory does not grow with the corpus.
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (int w = 0; w < workers; w++) {
                int first = w;
                pool.submit(() -> generate(queue, seed, first, workers, count, digits));
            }
            long bytes = 0;
            for (int written = 0; written < count; written++) {
                Object next = take(queue);
                if (next instanceof Encoded encoded) {
                    bytes += write(articles, gold, encoded);
                } else {
                    throw failure((Throwable) next);
                }
            }
            return bytes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Generates articles {@code first}, {@code first + step}... into {@code queue}; a failure ends the queue. */
    private void generate(BlockingQueue<Object> queue, long seed, int first, int step, int count, int digits) {
        try {
            for (int i = first; i < count; i += step) {
                queue.put(encode(article(seed, i, digits)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            queue.offer(e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("corpus generation interrupted", e);
        }
    }

    private static RuntimeException failure(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime
                : new DiplokgException("corpus generation failed: " + cause, cause);
    }

    private static Encoded encode(GeneratedArticle article) {
        return new Encoded(article.id(), article.text().getBytes(StandardCharsets.UTF_8),
                AnnotationJson.write(article.gold()).getBytes(StandardCharsets.UTF_8));
    }

    private static long write(Path articles, Path gold, Encoded article) {
        write(articles.resolve(article.id() + ".txt"), article.text());
        write(gold.resolve(article.id() + ".json"), article.gold());
        return article.text().length + article.gold().length;
    }

    /** An article and its gold, as the bytes of their files. */
    private record Encoded(String id, byte[] text, byte[] gold) {
    }

    static int digits(int count) {
        return Math.max(MIN_ID_DIGITS, Integer.toString(Math.max(0, count - 1)).length());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot create the folder: " + e.getMessage(), e);
        }
    }
}
