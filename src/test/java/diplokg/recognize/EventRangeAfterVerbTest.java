package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range of days right after the verb of talks dates them with its first day; a stay's range written before the
 * talks ("Durant son séjour du 3 au 5 mai, il s'est entretenu avec X") is the visit's, not theirs.
 */
class EventRangeAfterVerbTest {

    @Test
    void twoDaysAfterTheVerbGiveTheFirst() {
        assertEquals(List.of("meeting 2024-05-03"), TestArticles.events("2024-05", "Le Pérou et le Laos",
                "Le ministre laotien Phou Sitha a rencontré les 3 et 4 mai le président péruvien Jorge Rivas à Lima."));
    }

    @Test
    void aRangeAfterTheVerbGivesItsFirstDay() {
        assertEquals(List.of("meeting 2024-05-03"), TestArticles.events("2024-05", "Le Pérou et le Laos",
                "Le président péruvien Jorge Rivas a reçu du 3 au 4 mai le ministre laotien Phou Sitha à Lima."));
    }

    @Test
    void aStayBeforeTheTalksDoesNotDateThem() {
        assertEquals(List.of("visit 2024-05", "meeting 2024-05"), TestArticles.events("2024-05",
                "Le Pérou et le Laos", "Le ministre laotien Phou Sitha a effectué une visite au Pérou. Durant son "
                        + "séjour du 3 au 5 mai, il s'est entretenu avec le président péruvien Jorge Rivas."));
    }

    @Test
    void aRangeAfterTheVerbInASentenceTellingAVisitIsTheStays() {
        List<String> found = TestArticles.events("2024-05", "Le Japon et le Laos",
                "Le ministre laotien Phou Sitha a rencontré du 3 au 7 mai, lors de sa visite officielle au Japon, le "
                        + "Premier ministre japonais Kenji Sato.");
        assertFalse(found.contains("meeting 2024-05-03"), found::toString);
        assertTrue(found.contains("meeting 2024-05"), found::toString);
    }
}
