package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range of days between a verb and the noun of talks it takes ("a eu du 3 au 5 mai des entretiens avec X") dates
 * them with its first day; not when the sentence tells a stay the range may be, nor a future plan.
 */
class EventRangeBeforeTalksTest {

    private static final String TALKS = " des entretiens avec le Premier ministre japonais Kenji Sato";

    private static List<String> events(String sentence) {
        return TestArticles.events("2024-05", "Le Japon et le Laos", sentence);
    }

    @Test
    void aRangeBeforeTheTalksNounGivesItsFirstDay() {
        assertEquals(List.of("meeting 2024-05-03"), events("Le ministre laotien Phou Sitha a eu du 3 au 5 mai"
                + TALKS + " à Tokyo."));
    }

    @Test
    void twoDaysBeforeTheTalksNounGiveTheFirst() {
        assertEquals(List.of("meeting 2024-05-03"), events("Le ministre laotien Phou Sitha a eu les 3 et 4 mai"
                + TALKS + " à Tokyo."));
    }

    @Test
    void aStayTheSentenceTellsKeepsTheRange() {
        List<String> told = events("Le ministre laotien Phou Sitha a eu du 3 au 7 mai" + TALKS
                + ", lors de sa visite officielle au Japon.");
        List<String> apposed = events("Le ministre laotien Phou Sitha, en visite au Japon du 3 au 7 mai, a eu"
                + TALKS + ".");
        assertEquals(List.of(false, false), List.of(told.contains("meeting 2024-05-03"),
                apposed.contains("meeting 2024-05-03")), told + " " + apposed);
    }

    @Test
    void plannedTalksAreNoEvent() {
        List<String> found = events("Le ministre laotien Phou Sitha aura du 13 au 15 mai" + TALKS + " à Tokyo.");
        assertFalse(found.contains("meeting 2024-05-13"), found::toString);
    }
}
