package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.server.LexiconStateNames;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user writes for an IRI parameter, in a terminal or a URL, and the IRI the query binds. */
class ParameterValuesTest {

    private static final SavedQuery OFFICIALS = SavedQueryCatalog.load(ProjectFiles.QUERIES).get("officials");
    private static final PrefixMapping PREFIXES = Namespaces.of(BaseIri.DEFAULT);
    private static final StateNames STATES = LexiconStateNames.of(ProjectFiles.lexicon());
    private static final String RUSSIA = "https://w3id.org/diplokg/id/state/RU";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {RUSSIA, "state:RU", "RU", "ru", " RU ", "Russie"})
    void everyWayOfWritingAStateIsItsIri(String written) {
        assertEquals(RUSSIA, ParameterValues.expand(OFFICIALS, Map.of("state", written), PREFIXES, STATES)
                .get("state"));
    }

    @Test
    void aValueThatIsNeitherAnIriNorAStateIsRefusedByName() {
        QueryParameterException refused = assertThrows(QueryParameterException.class,
                () -> ParameterValues.expand(OFFICIALS, Map.of("state", "Atlantide"), PREFIXES, STATES));
        assertTrue(refused.getMessage().contains("'state'") && refused.getMessage().contains("'Atlantide'"),
                refused.getMessage());
    }

    @Test
    void aTwoLetterCodeNoStateHasIsRefused() {
        assertThrows(QueryParameterException.class,
                () -> ParameterValues.expand(OFFICIALS, Map.of("state", "XX"), PREFIXES, STATES));
    }
}
