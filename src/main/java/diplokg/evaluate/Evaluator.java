package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.evaluate.AnnotationExporter.StatedItem;
import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Measures extraction against gold: loads the articles into a fresh temporary TDB2 store that keeps the knowledge
 * layer, exports their annotations from the store and scores them; when the gold names the happening of each
 * event, also scores how the knowledge graph groups the extracted events into happenings. The temporary store is
 * deleted afterwards.
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
        return evaluate(List.of(articles), GoldFolder.files(gold));
    }

    /**
     * Scores the articles under {@code articles} (files or folders) against the gold files {@code gold}; an article
     * of the gold that is not among the articles counts all its items as missed.
     */
    public Outcome evaluate(List<Path> articles, List<Path> gold) {
        Map<String, Annotation> expected = GoldFolder.read(gold);
        Map<GoldMention, String> happenings = GoldFolder.happenings(gold);
        Path folder = temporaryFolder();
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(pipeline.base()))) {
            IngestReport load = new Ingester(pipeline, store, reference,
                    new IngestOptions(Runtime.getRuntime().availableProcessors(), 500, false, 0), IngestListener.NONE)
                    .ingest(articles);
            AnnotationExporter exporter = new AnnotationExporter(store.dataset());
            Map<String, Annotation> predicted = exporter.export();
            Evaluation evaluation = new Scorer().score(predicted, expected);
            if (!happenings.isEmpty()) {
                evaluation = evaluation.withClustering(clustering(expected, happenings,
                        exporter.stated(Contract.EVENTS), KnowledgeHappenings.read(store.dataset(), pipeline.base())));
            }
            return new Outcome(evaluation, predicted, load);
        } finally {
            delete(folder);
        }
    }

    /**
     * The clustering score of extracted events: each gold event is aligned with the extracted event of its article
     * that the events field matched ({@link Scorer#align}, on the same items in the same order), and only aligned
     * mentions count.
     */
    static ClusterScore clustering(Map<String, Annotation> gold, Map<GoldMention, String> happenings,
                                   Map<String, List<StatedItem<Event>>> extracted, Map<String, String> predicted) {
        BiPredicate<Event, Event> agree = Contract.EVENTS.scores().get(0).agree();
        Map<GoldMention, String> alignment = new HashMap<>();
        gold.forEach((article, annotation) -> {
            List<StatedItem<Event>> found = extracted.getOrDefault(article, List.of());
            int[] matched = Scorer.align(found.stream().map(StatedItem::fact).toList(),
                    annotation.get(Contract.EVENTS), agree);
            for (int g = 0; g < matched.length; g++) {
                if (matched[g] >= 0) {
                    alignment.put(new GoldMention(article, g), found.get(matched[g]).iri());
                }
            }
        });
        return EventClustering.score(happenings, alignment, predicted);
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
