package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "le mois dernier" dates an event in the month before the article's, across the new year too; a month named with
 * "dernier" keeps its own month.
 */
class EventLastMonthTest {

    @Test
    void lastMonthIsTheMonthBeforeTheArticles() {
        assertEquals(List.of("conference 2023-06"), forum("2023-07", "le mois dernier"));
    }

    @Test
    void lastMonthInJanuaryIsDecemberOfTheYearBefore() {
        assertEquals(List.of("conference 2022-12"), forum("2023-01", "le mois dernier"));
    }

    @Test
    void aNamedMonthWithDernierKeepsItsMonth() {
        assertEquals(List.of("conference 2023-03"), forum("2023-07", "en mars dernier"));
    }

    @Test
    void lastMonthInAClauseOnTheGuestDatesNotTheMeeting() {
        assertEquals(List.of("meeting 2024-05"), TestArticles.events("2024-05", "Le Vietnam et la France",
                "Le président Tran Van Ba a reçu à Hanoï l'ambassadeur de France Paul Martin, qui a pris ses "
                        + "fonctions le mois dernier."));
    }

    /** The events of an article of {@code month} that cites a forum held {@code when}. */
    private static List<String> forum(String month, String when) {
        return TestArticles.events(month, "Le Vietnam et le Pérou",
                "Il a cité le forum d'affaires organisé " + when + " avec la participation de 80 entreprises.");
    }
}
