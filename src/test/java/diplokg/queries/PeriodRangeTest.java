package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodRangeTest {

    /** The project's saved query with a period range: ?_from_period and ?_to_period, defaults 1945 and 2100. */
    private static final SavedQuery BETWEEN = SavedQueryCatalog.load(Path.of("queries")).get("events-between");

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({"2024, 2023", "2024-12, 2024-11-30", "2024-03-02, 2024-03-01", "2025-01, 2024"})
    void aRangeWhoseFromBeginsAfterItsToEndsIsRefusedNamingBothValues(String from, String to) {
        QueryParameterException error = assertThrows(QueryParameterException.class,
                () -> QueryRunner.bind(BETWEEN, Map.of("from", from, "to", to)));
        assertEquals("parameter 'from' (" + from + ") is after parameter 'to' (" + to
                + "): the range holds no day; give from before to", error.getMessage());
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({"2024, 2024", "2024-05, 2024", "2024, 2024-03", "2024-11-30, 2024-11", "2023-12-31, 2024-01-01"})
    void periodsThatShareOrOrderTheirDaysAreARange(String from, String to) {
        assertDoesNotThrow(() -> QueryRunner.bind(BETWEEN, Map.of("from", from, "to", to)));
    }

    @Test
    void aDefaultEndCountsAsAGivenOne() {
        QueryParameterException error = assertThrows(QueryParameterException.class,
                () -> QueryRunner.bind(BETWEEN, Map.of("from", "2200")));
        assertEquals("parameter 'from' (2200) is after parameter 'to' (2100): the range holds no day; give from"
                + " before to", error.getMessage());
    }
}
