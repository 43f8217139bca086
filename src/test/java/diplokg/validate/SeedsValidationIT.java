package diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds, read, extracted, mapped and stored by the real pipeline, conform to {@code ontology/shapes.ttl}. */
class SeedsValidationIT {

    @TempDir
    Path folder;

    @Test
    void seedsAsIngestedConform() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(ProjectFiles.SEEDS)) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        TestStores.load(folder, seeds);
        StoreValidator validator = StoreValidator.load(ProjectFiles.ONTOLOGY.resolve("shapes.ttl"), BaseIri.DEFAULT);
        Validation validation;
        try (TdbStore store = TdbStore.open(folder)) {
            validation = validator.validate(store);
        }
        StringWriter report = new StringWriter();
        new ValidationReportWriter(PrefixMapping.Standard).write(validation, 0, new PrintWriter(report));
        assertEquals(List.of(), validation.findings(), report.toString());
        // The reference graph, the knowledge graph and one graph per article.
        assertEquals(seeds.size() + 2, validation.graphs(), report.toString());
    }
}
