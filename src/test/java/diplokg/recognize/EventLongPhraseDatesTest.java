package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day written in a noun trigger's own phrase, with no verb nor punctuation between them, dates it however long the
 * phrase ("la célébration du 79e anniversaire de la Fête nationale du Vietnam organisée par ... le 19 septembre"); a
 * far day in another clause does not.
 */
class EventLongPhraseDatesTest {

    @Test
    void aDayAtTheEndOfALongNounPhraseDatesItsTrigger() {
        assertEquals(List.of("conference 2024-09-19"), TestArticles.events("2024-09", "Le Vietnam et le Chili",
                "Le ministre chilien du Travail, Luis Ortega, a participé à la célébration du 79e anniversaire de "
                        + "la Fête nationale du Vietnam organisée par l'ambassade du Vietnam à Santiago dans la "
                        + "soirée du 19 septembre."));
    }

    @Test
    void aFarDayInAnotherClauseDoesNot() {
        assertEquals(List.of("conference 2024-09"), TestArticles.events("2024-09", "Le Vietnam et le Chili",
                "Le ministre chilien du Travail, Luis Ortega, a participé à la célébration du 79e anniversaire de "
                        + "la Fête nationale du Vietnam organisée par l'ambassade du Vietnam à Santiago, qui a "
                        + "ouvert ses portes aux visiteurs chiliens le 19 septembre."));
    }

    @Test
    void aFiniteVerbAfterANameEndsThePhrase() {
        assertEquals(List.of("visit 2024-09"), TestArticles.events("2024-09", "Le Vietnam et l'Indonésie",
                "La visite d'État du président indonésien Budi Santoso au Vietnam marque une étape très importante "
                        + "dans le développement des relations bilatérales entre les deux pays depuis "
                        + "l'établissement de leur partenariat stratégique le 27 juin 2013."));
    }
}
