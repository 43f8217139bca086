package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.vocab.BaseIri;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourcePathsTest {

    private final ResourcePaths paths = new ResourcePaths(new BaseIri("http://example.org/kg/"));

    @Test
    void mapsAnIdPathToTheResourceIriUnderTheConfiguredBase() {
        assertEquals(Optional.of("http://example.org/kg/id/state/VN"), paths.iriOf("/state/VN"));
        assertEquals(Optional.of("http://example.org/kg/id/person/lương-cường"),
                paths.iriOf("/person/lương-cường"));
    }

    @Test
    void refusesPathsThatCannotBeAnIri() {
        assertEquals(Optional.empty(), paths.iriOf(null));
        assertEquals(Optional.empty(), paths.iriOf("/"));
        assertEquals(Optional.empty(), paths.iriOf("/state/VN> ?p ?o"));
        assertEquals(Optional.empty(), paths.iriOf("/a\"b"));
    }

    @Test
    void linksOurResourcesAndTermsToThisServerAndOthersToThemselves() {
        assertEquals("/id/state/VN", paths.hrefOf("http://example.org/kg/id/state/VN"));
        assertEquals("/ontology#Article", paths.hrefOf("https://w3id.org/diplokg/ontology#Article"));
        assertEquals("/ontology", paths.hrefOf("https://w3id.org/diplokg/ontology"));
        assertEquals("https://schema.org/Country", paths.hrefOf("https://schema.org/Country"));
        assertEquals("state/VN", paths.shortName("http://example.org/kg/id/state/VN"));
        assertEquals("dkg:partner", paths.shortName("https://w3id.org/diplokg/ontology#partner"));
    }
}
