package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The date of a report set off after what it reports is the report's, not the event's. */
class EventReportDatesTest {

    @Test
    void theDayOfAnAnnouncementInAnInciseDoesNotDateTheSigning() {
        assertEquals(List.of("signing 2023-10"), TestArticles.events("2023-10", "Le Vietnam et le Canada",
                "Des entreprises vietnamiennes et canadiennes ont signé cinq contrats, a annoncé le 12 octobre la "
                        + "chambre de commerce du Canada."));
    }

    @Test
    void aSubjectInAppositionBeforeTheVerbKeepsItsDay() {
        assertEquals(List.of("signing 2023-10-12"), TestArticles.events("2023-10", "Le Vietnam et le Canada",
                "Le ministre canadien, Paul Martin, a déclaré le 12 octobre avoir signé cinq contrats avec des "
                        + "entreprises vietnamiennes."));
    }
}
