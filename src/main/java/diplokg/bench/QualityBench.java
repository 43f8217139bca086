package diplokg.bench;

import diplokg.article.ArticleReader;
import diplokg.evaluate.ClusterScore;
import diplokg.evaluate.Evaluation;
import diplokg.evaluate.Evaluator;
import diplokg.evaluate.FieldScore;
import diplokg.evaluate.GoldFolder;
import diplokg.ingest.ArticlePipeline;
import diplokg.store.NamedGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction quality on the sample the rates are measured on, as {@code evaluate} scores it against the corpus's
 * gold (a temporary store that keeps the knowledge layer): the events field, the macro F1, and event clustering,
 * pairwise over the event mentions the events field matched. The sample is the corpus's first articles, so most
 * happenings retold in it are told inside it; a pair with one report outside the sample is not counted.
 */
final class QualityBench {

    private final ArticlePipeline pipeline;
    private final NamedGraph reference;

    QualityBench(ArticlePipeline pipeline, NamedGraph reference) {
        this.pipeline = pipeline;
        this.reference = reference;
    }

    Section measure(List<Path> sample, Path gold) {
        List<String> ids = sample.stream().map(ArticleReader::idOf).toList();
        Evaluation evaluation = new Evaluator(pipeline, reference).evaluate(sample, GoldFolder.files(gold, ids))
                .evaluation();
        FieldScore events = evaluation.field("events");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("events (type, date)", events.precision(), events.recall(), events.f1(),
                events.truePositives() + " of " + events.predicted() + " predicted, " + events.gold() + " gold"));
        rows.add(List.of("macro F1", "", "", evaluation.macroF1(), ids.size() + " articles"));
        evaluation.clustering().ifPresent(c -> rows.add(clustering(c)));
        return new Section("quality", "Extraction quality on the sample (precision, recall, F1)",
                List.of("score", "precision", "recall", "F1", "counted"), rows);
    }

    private static List<Object> clustering(ClusterScore score) {
        return List.of("event clustering (pairs of mentions)", score.precision(), score.recall(), score.f1(),
                score.truePairs() + " of " + score.predictedPairs() + " predicted pairs, " + score.goldPairs()
                        + " gold; " + score.matched() + " of " + score.goldMentions() + " mentions matched");
    }
}
