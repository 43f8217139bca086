package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.fact.Annotation;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures extraction against gold: loads the articles into a fresh temporary TDB2 store, exports their
 * annotations from the store and scores them. The temporary store is deleted afterwards.
 */
public final class Evaluator {

    private final ArticlePipeline pipeline;
    private final NamedGraph reference;

    public Evaluator(ArticlePipeline pipeline, NamedGraph reference) {
        this.pipeline = pipeline;
        this.reference = reference;
    }

    /** The outcome of one evaluation: the scores, the annotations exported, and the load report. */
    public record Outcome(Evaluation evaluation, Map<String, Annotation> predicted, IngestReport load) {
    }

    /** Scores the articles of {@code articles} against the gold files of {@code gold}. */
    public Outcome evaluate(Path articles, Path gold) {
        Map<String, Annotation> expected = GoldFolder.read(gold);
        Path folder = temporaryFolder();
        try (TdbStore store = TdbStore.open(folder)) {
            IngestReport load = new Ingester(pipeline, store, reference,
                    new IngestOptions(Runtime.getRuntime().availableProcessors(), 500, false, 0), IngestListener.NONE)
                    .ingest(List.of(articles));
            Map<String, Annotation> predicted = new AnnotationExporter(store.dataset()).export();
            return new Outcome(new Scorer().score(predicted, expected), predicted, load);
        } finally {
            delete(folder);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("diplokg-evaluate-");
        } catch (IOException e) {
            throw new DiplokgException("cannot create a temporary store: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot delete the temporary store: " + e.getMessage(), e);
        }
    }
}
