package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** One prefix map, whose CURIEs mean what the ontology files mean by them. */
class NamespacesTest {

    private final PrefixMapping prefixes = Namespaces.of(BaseIri.DEFAULT);

    @Test
    void orgIsTheW3cOrganizationOntologyAndDiplokgOrganizationsHaveTheirOwnPrefix() {
        assertEquals("http://www.w3.org/ns/org#", prefixes.getNsPrefixURI("org"));
        assertEquals("https://w3id.org/diplokg/id/organization/", prefixes.getNsPrefixURI("organization"));
    }

    @Test
    void agreesWithEveryPrefixTheOntologyFilesDeclareUnderTheSameName() throws IOException {
        List<String> disagreements = new ArrayList<>();
        try (Stream<Path> files = Files.list(ProjectFiles.ONTOLOGY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.loadModel(file.toString()).getNsPrefixMap().forEach((prefix, namespace) -> {
                    String ours = prefixes.getNsPrefixURI(prefix);
                    if (ours != null && !ours.equals(namespace)) {
                        disagreements.add(file.getFileName() + " " + prefix + ": " + namespace + " <> " + ours);
                    }
                });
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void shortensUnderTheLongestNamespace() {
        assertEquals(Optional.of("state:VN"), Namespaces.shortForm(prefixes, "https://w3id.org/diplokg/id/state/VN"));
        assertEquals(Optional.of("happening:2024-11-13/meeting/PE-VN"), Namespaces.shortForm(prefixes,
                "https://w3id.org/diplokg/id/happening/2024-11-13/meeting/PE-VN"));
        assertEquals(Optional.of("id:month/2024-11"),
                Namespaces.shortForm(prefixes, "https://w3id.org/diplokg/id/month/2024-11"));
        assertEquals(Optional.empty(), Namespaces.shortForm(prefixes, "urn:x:y"));
    }

    @Test
    void movesResourcePrefixesUnderTheBase() {
        PrefixMapping moved = Namespaces.of(new BaseIri("http://example.org/kg/"));
        assertEquals("http://example.org/kg/id/state/", moved.getNsPrefixURI("state"));
        assertEquals(Dkg.NS, moved.getNsPrefixURI("dkg"));
    }
}
