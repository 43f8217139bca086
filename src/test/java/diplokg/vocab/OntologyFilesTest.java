package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of {@code ontology/} is Turtle that Jena reads without even a warning (bad IRI, bad language tag). */
class OntologyFilesTest {

    static List<Path> ontologyFiles() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.ONTOLOGY)) {
            List<Path> ttl = files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
            assertFalse(ttl.isEmpty(), "no .ttl file in " + ProjectFiles.ONTOLOGY.toAbsolutePath());
            return ttl;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ontologyFiles")
    void parsesAsTurtle(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(model);
        assertTrue(model.size() > 0, file + " holds no triple");
    }
}
