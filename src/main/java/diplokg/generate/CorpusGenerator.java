package diplokg.generate;

import diplokg.DiplokgException;
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
 * {@code s} and {@code i}; an article retelling the news of an earlier article {@code j} redraws {@code j}'s plan
 * from {@code s} and {@code j}), so the same count and seed give byte-identical files whatever the number of threads,
 * and a corpus of 1,000 articles is the first 1,000 of a corpus of 100,000 (ids aside: their width grows with the
 * count). Articles are written as they are generated: memory does not grow with the corpus. Thread-safe.
 */
public final class CorpusGenerator {

    /** The share of articles retelling an earlier article's news when none is given: bench corpora have them. */
    public static final double DEFAULT_REPEAT_SHARE = 0.3;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Keeps the draw that makes an article a retelling apart from the article's own random stream. */
    private static final long RETELLING_SALT = 0x5DEECE66DL;
    /** How far back a retold article can be: near, as news is retold within days. */
    private static final int RETELLING_WINDOW = 40;
    private static final int PER_MILLE = 1000;
    private static final int MIN_ID_DIGITS = 6;
    private static final int QUEUE_SIZE = 256;

    private final GeneratorData data;
    private final int retellingPerMille;

    public CorpusGenerator(GeneratorData data) {
        this(data, DEFAULT_REPEAT_SHARE);
    }

    /**
     * A generator in which a share {@code repeatShare} of the articles (0 to 1) report a happening an earlier
     * article already reported: the same news told again in other words, one of them perhaps giving the day and
     * the other only the month, or naming a delegation rather than its leader. Each gold event names its
     * happening, the same for every report of it across the corpus. Articles that retell nothing are the same
     * whatever the share, so that a share of 0 gives the corpus without retellings.
     *
     * @throws IllegalArgumentException when the share is not between 0 and 1
     */
    public CorpusGenerator(GeneratorData data, double repeatShare) {
        if (!(repeatShare >= 0 && repeatShare <= 1)) {
            throw new IllegalArgumentException("the share of repeated happenings is between 0 and 1, not "
                    + repeatShare);
        }
        this.data = data;
        this.retellingPerMille = (int) Math.round(repeatShare * PER_MILLE);
    }

    /** Article {@code index} of the corpus of {@code seed}, its id padded to {@code digits} digits. */
    GeneratedArticle article(long seed, int index, int digits) {
        SplittableRandom random = stream(seed, index);
        String id = id(random, index, digits);
        int original = original(seed, index);
        Planner planner = new Planner(data, random);
        ArticlePlan plan = original == index ? planner.plan(id, happenings(index, digits))
                : planner.retell(id, plan(seed, original, digits), happenings(index, digits));
        return new Composer(data, random, plan).compose();
    }

    /** The plan of article {@code index} when it tells its own news: drawn exactly as when it is written. */
    private ArticlePlan plan(long seed, int index, int digits) {
        SplittableRandom random = stream(seed, index);
        return new Planner(data, random).plan(id(random, index, digits), happenings(index, digits));
    }

    /** The article whose own news article {@code index} tells: itself, or the first teller of a retold one. */
    int original(long seed, int index) {
        int current = index;
        for (int earlier = retold(seed, current); earlier >= 0; earlier = retold(seed, current)) {
            current = earlier;
        }
        return current;
    }

    /** The earlier article whose news article {@code index} retells, or -1 when it tells news of its own. */
    private int retold(long seed, int index) {
        if (retellingPerMille == 0) {
            return -1;
        }
        SplittableRandom draw = new SplittableRandom((seed ^ RETELLING_SALT) + GOLDEN_GAMMA * (index + 1L));
        if (draw.nextInt(PER_MILLE) >= retellingPerMille) {
            return -1;
        }
        // Near the start there are fewer earlier articles: a draw before the first means none, rather than piling
        // the retellings of the first articles onto article 0.
        int earlier = index - 1 - draw.nextInt(RETELLING_WINDOW);
        return earlier >= 0 ? earlier : -1;
    }

    private static SplittableRandom stream(long seed, int index) {
        return new SplittableRandom(new SplittableRandom(seed + GOLDEN_GAMMA * (index + 1L)).nextLong());
    }

    private static String id(SplittableRandom random, int index, int digits) {
        return String.format("%0" + digits + "d_%016x", index, random.nextLong());
    }

    /** The prefix of the happening ids of article {@code index}'s own events. */
    private static String happenings(int index, int digits) {
        return String.format("h%0" + digits + "d", index);
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
                GoldJson.write(article.gold(), article.happenings()).getBytes(StandardCharsets.UTF_8));
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
