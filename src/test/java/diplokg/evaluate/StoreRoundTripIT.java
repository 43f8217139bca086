package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.ReferenceGraph;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact mapping writes what it reads back: the annotations exported by SPARQL from a real TDB2 store agree,
 * item for item and field for field, with what the extractor found in the same articles. A mapping whose graph shape
 * and query drift apart loses or invents items here.
 */
class StoreRoundTripIT {

    @TempDir
    Path extracted;

    static Stream<Path> corpora() {
        return Stream.of(ProjectFiles.SEEDS, ProjectFiles.CORPUS.resolve("articles"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theStoreSaysWhatTheExtractorFound(Path articles) throws IOException {
        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        List<Path> files;
        try (Stream<Path> listed = Files.list(articles)) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Annotation found = pipeline.extract(file).annotation();
            AnnotationJson.write(found, extracted.resolve(found.article() + ".json"));
        }
        Evaluation evaluation = new Evaluator(pipeline, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT))
                .evaluate(articles, extracted).evaluation();
        assertEquals(files.size(), evaluation.articles());
        for (FieldScore field : evaluation.fields()) {
            assertEquals(new FieldScore(field.field(), field.gold(), field.gold(), field.gold()), field,
                    articles + ": " + field.field());
        }
    }
}
