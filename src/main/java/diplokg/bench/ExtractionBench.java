package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.ingest.ArticlePipeline;
import diplokg.mapping.ExtractionRun;
import diplokg.mapping.PersonResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extraction rates on the same articles, one thread and all cores: OpenNLP sentence detection and POS tagging alone
 * (the ceiling: reading plus {@code FrenchNlp.annotate}), then with the recognisers ({@code ArticlePipeline.extract}),
 * then with the mapping to a graph. The differences between rows say where extraction time goes.
 */
final class ExtractionBench {

    private static final int WARM_UP = 50;

    private final ArticlePipeline pipeline;
    private final int threads;

    ExtractionBench(ArticlePipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    Section measure(List<Path> sample) {
        ExtractionRun run = ExtractionRun.now();
        List<Stage> stages = List.of(
                new Stage("NLP alone: sentences + POS (ceiling)", pipeline::annotate),
                new Stage("NLP + recognisers (extract)", pipeline::extract),
                new Stage("NLP + recognisers + mapping (graph)", f -> pipeline.graph(f, run, PersonResolver.BY_NAME)));
        rate(sample.subList(0, Math.min(WARM_UP, sample.size())), threads, stages.get(2).work());
        List<List<Object>> rows = new ArrayList<>();
        for (Stage stage : stages) {
            double one = rate(sample, 1, stage.work());
            double all = rate(sample, threads, stage.work());
            rows.add(List.of(stage.name(), sample.size(), one, threads, all));
        }
        return new Section("extraction", "Extraction rate (articles/s)",
                List.of("stage", "articles", "1 thread", "threads", "all cores"), rows);
    }

    /** Articles per second of {@code work} over {@code files} on {@code workers} threads. */
    static double rate(List<Path> files, int workers, Consumer<Path> work) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> work.accept(file)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new DiplokgException("extraction failed during the benchmark: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return files.size() / Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    }

    private record Stage(String name, Consumer<Path> work) {
    }
}
