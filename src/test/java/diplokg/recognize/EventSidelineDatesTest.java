package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event held on the sidelines of a session ("en marge de") takes the date written in the session's phrase, past
 * its long name, a participle, a place and a gloss in parentheses ({@link SidelineDates}); not a date past a finite
 * verb, and not for a visit.
 */
class EventSidelineDatesTest {

    @Test
    void aMeetingTakesTheDayOfTheConferenceOnWhoseSidelinesItWasHeld() {
        assertEquals(List.of("meeting 2023-09-05"), TestArticles.events("2023-12", "Le Vietnam et le Chili",
                "Lors d'une entrevue tenue en marge de la 2e Conférence mondiale des Nations unies sur le climat, "
                        + "organisée à Lisbonne (Portugal) le 5 septembre 2023, le ministre Tran Van Ba et son "
                        + "homologue chilien Pablo Soto ont convenu de renforcer les échanges."));
    }

    @Test
    void aMeetingTakesTheYearOfASummitNamedWithItsAcronym() {
        assertEquals(List.of("meeting 2017"), TestArticles.events("2019-03", "Le Vietnam et la Suède",
                "Une rencontre entre le Premier ministre Tran Van Ba et son homologue suédois Lars Berg en marge "
                        + "du 11e sommet Asie-Europe de la jeunesse (FCAEJ) en 2017."));
    }

    @Test
    void aDateAfterAFiniteVerbIsNotTheSessions() {
        assertEquals(List.of("meeting 2023-12"), TestArticles.events("2023-12", "Le Vietnam et le Chili",
                "Lors d'une entrevue tenue en marge de la 2e Conférence mondiale des Nations unies sur le climat "
                        + "de Lisbonne (Portugal), le ministre Tran Van Ba et son homologue chilien Pablo Soto ont "
                        + "fixé au 5 septembre 2024 le prochain round des négociations commerciales."));
    }

    @Test
    void aVisitOnTheSidelinesKeepsTheArticlesMonth() {
        assertEquals(List.of("visit 2023-12"), TestArticles.events("2023-12", "Le Vietnam et le Chili",
                "Le ministre Tran Van Ba effectue une visite de travail au Chili en marge de la 2e Conférence "
                        + "mondiale des Nations unies sur le climat, organisée à Santiago (Chili) le 5 septembre."));
    }

    @Test
    void aRangeOfTheSessionsDaysDoesNotDateTheMeeting() {
        assertEquals(List.of("meeting 2024-05"), TestArticles.events("2024-05", "Le Vietnam et l'Australie",
                "Le ministre Tran Van Ba a rencontré son homologue australien Jack Wilson en marge du Forum "
                        + "économique régional, du 5 au 7 mai à Sydney."));
    }

    @Test
    void theYearASessionWasFoundedDoesNotDateTheMeeting() {
        assertEquals(List.of("meeting 2024-06"), TestArticles.events("2024-06", "Le Vietnam et l'Australie",
                "Le ministre Tran Van Ba a rencontré son homologue australien Jack Wilson en marge du Dialogue "
                        + "de sécurité de Singapour, créé en 2002."));
    }

    @Test
    void theYearAHyphenatedSessionWasFoundedDoesNotDateTheMeeting() {
        assertEquals(List.of("meeting 2024-06"), TestArticles.events("2024-06", "Le Vietnam et l'Australie",
                "Le ministre Tran Van Ba a rencontré son homologue australien Jack Wilson en marge du Dialogue "
                        + "de Shangri-La, créé en 2002."));
    }
}
