package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.ReferenceGraph;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event clustering scored end to end: a generated corpus with retold happenings loaded into a real TDB2 store that
 * keeps the knowledge layer, extracted events aligned with gold ones by the events field's matching, and their
 * happenings read from graph/knowledge.
 */
class EventClusteringIT {

    private static final int ARTICLES = 80;

    @TempDir
    Path folder;

    @Test
    void aGeneratedCorpusGetsAClusteringScoreOverTheMentionsTheEventsFieldMatched() {
        new CorpusGenerator(GeneratorData.load(ProjectFiles.ONTOLOGY), 0.5).write(folder, ARTICLES, 3, 2);
        Map<GoldMention, String> happenings = GoldFolder.happenings(folder.resolve("gold"));
        Map<String, Long> sizes = new HashMap<>();
        happenings.values().forEach(h -> sizes.merge(h, 1L, Long::sum));
        long allGoldPairs = sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        assertTrue(allGoldPairs >= 10, allGoldPairs + " gold pairs");

        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        Evaluation evaluation = new Evaluator(pipeline, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT))
                .evaluate(folder.resolve("articles"), folder.resolve("gold")).evaluation();

        ClusterScore clustering = evaluation.clustering().orElseThrow();
        FieldScore events = evaluation.field("events");
        assertEquals(happenings.size(), clustering.goldMentions());
        assertEquals(events.gold(), clustering.goldMentions());
        assertEquals(events.truePositives(), clustering.matched(), "the mentions the events field matched");
        assertTrue(clustering.goldPairs() > 0 && clustering.goldPairs() <= allGoldPairs, clustering.toString());
        // The knowledge graph groups some reports of one happening, or clustering is not measured at all.
        assertTrue(clustering.truePairs() > 0, clustering.toString());
    }

    @Test
    void goldWithoutHappeningsGetsNoClusteringScore() {
        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        Evaluation evaluation = new Evaluator(pipeline, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT))
                .evaluate(ProjectFiles.SEEDS, ProjectFiles.CORPUS.resolve("seeds-gold")).evaluation();
        assertTrue(evaluation.clustering().isEmpty());
    }
}
