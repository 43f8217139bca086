package diplokg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void theDatesDiplokgWritesAreDatesAndOtherTextIsNot() {
        for (String date : new String[] {"2024", "2024-11", "2024-11-13", "--10-31", "2026-12-07T00:48:48Z"}) {
            assertTrue(DateText.isDate(date), date);
        }
        for (String text : new String[] {"CONSULT/visit", "Hanoï", "2024-11-13 Lima", "12", "rel:FR-VN"}) {
            assertFalse(DateText.isDate(text), text);
        }
    }

    @Test
    void aDayWithoutItsYearReadsInWords() {
        assertEquals("31 Oct, no year", DateText.readable("--10-31"));
        assertEquals("2024-10-31", DateText.readable("2024-10-31"));
    }
}
