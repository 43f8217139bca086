package diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import diplokg.ProjectFiles;
import diplokg.queries.PeriodRange;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.BaseIri;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParameterDrawsTest {

    private static final SavedQuery BETWEEN = SavedQueryCatalog.load(ProjectFiles.QUERIES).get("events-between");

    private final ParameterDraws draws = ParameterDraws.of(query -> List.of("https://w3id.org/diplokg/id/state/LA"),
            BaseIri.DEFAULT, "a test store");

    @Test
    void aRangeIsAlwaysDrawnInOrderAsAUserWouldAskIt() {
        // Years, months and days drawn independently come the wrong way round about half the time: the server
        // refuses those, so a benchmark asking them would time an error, not the query.
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            Map<String, String> values = draws.allValues(BETWEEN, random);
            assertEquals(2, values.size(), values.toString());
            assertFalse(PeriodRange.reversed(values.get("from"), values.get("to")), values.toString());
        }
    }
}
