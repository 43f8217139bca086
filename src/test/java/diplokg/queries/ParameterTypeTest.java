package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterTypeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024", "2024-11", "2024-02-29", "1945"})
    void aPeriodIsAYearAMonthOrADayBoundAsItsText(String value) {
        assertEquals(NodeFactory.createLiteralString(value), ParameterType.PERIOD.toNode("from", value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notadate", "0000-01", "24", "2024-1", "2024-11-05T10:00",
        "2024-11 ", "' || true || '"})
    void anythingElseIsRefusedNamingTheParameterAndTheValue(String value) {
        QueryParameterException error = assertThrows(QueryParameterException.class,
                () -> ParameterType.PERIOD.toNode("from", value));
        assertTrue(error.getMessage().startsWith("parameter 'from' must be a year, a month or a day"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("got '" + value + "'"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024-11-00"})
    void aMonthOrDayTheCalendarDoesNotHaveIsRefusedSayingSo(String value) {
        QueryParameterException error = assertThrows(QueryParameterException.class,
                () -> ParameterType.PERIOD.toNode("from", value));
        String unit = value.length() == 7 ? "month" : "day";
        assertEquals("parameter 'from' must be a year, a month or a day (2024, 2024-11, 2024-11-05), got '" + value
                + "': the calendar has no such " + unit, error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STRING", "IRI", "INTEGER", "PERIOD"})
    void aValueLongerThanTheLimitIsRefusedByItsLengthNotEchoed(ParameterType type) {
        String value = "x".repeat(ParameterType.MAX_VALUE_LENGTH + 1);
        QueryParameterException error = assertThrows(QueryParameterException.class, () -> type.toNode("q", value));
        assertEquals("parameter 'q' is 1001 characters long; a value may have at most 1000", error.getMessage());
    }

    @Test
    void aValueAtTheLimitIsBound() {
        String value = "é".repeat(ParameterType.MAX_VALUE_LENGTH);
        assertEquals(NodeFactory.createLiteralString(value), ParameterType.STRING.toNode("q", value));
    }
}
