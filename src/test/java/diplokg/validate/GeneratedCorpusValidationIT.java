package diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.ingest.IngestReport;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus, extracted and stored by the real pipeline, conforms to {@code ontology/shapes.ttl}: the
 * generator's templates say things the five seeds do not (goals without a year, among others), so the shapes are
 * checked against the project's own output at a scale where rare cases occur.
 */
class GeneratedCorpusValidationIT {

    private static final int ARTICLES = 1_000;
    private static final long SEED = 7;

    @TempDir
    Path folder;

    @Test
    void aGeneratedCorpusAsIngestedHasNoViolation() {
        Path corpus = folder.resolve("corpus");
        new CorpusGenerator(GeneratorData.load(ProjectFiles.ONTOLOGY)).write(corpus, ARTICLES, SEED, 2);
        Path store = folder.resolve("tdb2");
        IngestReport ingest = TestStores.load(store, List.of(corpus.resolve("articles")));
        assertEquals(List.of(), ingest.failures());
        Validation validation;
        try (TdbStore tdb = TdbStore.open(store)) {
            validation = StoreValidator.load(ProjectFiles.ONTOLOGY.resolve("shapes.ttl"), BaseIri.DEFAULT)
                    .validate(tdb);
        }
        StringWriter report = new StringWriter();
        new ValidationReportWriter(PrefixMapping.Standard).write(validation, 50, new PrintWriter(report));
        assertEquals(0, validation.count(Severity.VIOLATION), report.toString());
        // The reference graph, the knowledge graph and one graph per article.
        assertEquals(ARTICLES + 2, validation.graphs(), report.toString());
    }
}
