package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class QueryPrologueTest {

    private static final PrefixMapping PREFIXES = Namespaces.of(BaseIri.DEFAULT);

    @Test
    void declaresThePrefixesOfTheNamesUsedInOrderOfTheirNames() {
        assertEquals("""
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX state: <https://w3id.org/diplokg/id/state/>
                """, QueryPrologue.missing("SELECT ?r { ?r dkg:partner state:VN }", PREFIXES));
    }

    @Test
    void leavesOutWhatIsDeclaredAndWhatOnlyLooksLikeAName() {
        String query = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                # skos: said in a comment
                SELECT ?x { ?x dkg:iso2 ?c ; <http://xmlns.com/foaf/0.1/name> ?n . FILTER(?c != "rel:x") }
                """;
        // rel: inside a string is read as a name: one line too many does no harm, one missing would.
        assertEquals("PREFIX rel: <https://w3id.org/diplokg/id/relation/>\n",
                QueryPrologue.missing(query, PREFIXES));
    }

    @Test
    void aPrefixEndingAnotherNameIsNotThatPrefix() {
        // "etype:" is no "type:", "xstate:" no "state:".
        assertEquals("PREFIX etype: <https://w3id.org/diplokg/id/event-type/>\n",
                QueryPrologue.missing("SELECT * { ?e ?p etype:visit , xstate:VN }", PREFIXES));
    }
}
