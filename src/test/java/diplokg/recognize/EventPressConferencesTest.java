package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A press conference an article tells first, alone in its sentence, as held ("L'ambassade a organisé une conférence
 * de presse") is a session of its own; one after talks, or the occasion of what is said, is none.
 */
class EventPressConferencesTest {

    @Test
    void aPressConferenceToldFirstAndHeldIsAConference() {
        assertEquals(List.of("conference 2020-01-22"), TestArticles.events("2020-01", "Le Vietnam et le Pérou",
                "L'ambassade du Vietnam au Pérou a organisé le 22 janvier à Lima une conférence de presse à "
                        + "l'occasion du 50e anniversaire des relations diplomatiques."));
    }

    @Test
    void aPressConferenceAfterTalksIsNone() {
        assertEquals(List.of("meeting 2020-01-22"), TestArticles.events("2020-01", "Le Vietnam et le Pérou",
                "Le Premier ministre Tran Van Ba s'est entretenu le 22 janvier à Hanoï avec son homologue "
                        + "péruvien Luis Ortega.",
                "Les deux dirigeants ont ensuite donné une conférence de presse."));
    }

    @Test
    void aPressConferenceToldBeforeTheTalksItFollowedIsNone() {
        // The talks told in the pluperfect are recalled (their date is the recollection's business): no conference.
        List<String> found = TestArticles.events("2024-03", "Le Vietnam et la Russie",
                "Le ministre Tran Van Ba et son homologue russe Oleg Petrov ont tenu une conférence de presse "
                        + "conjointe le 12 mars à Hanoï.",
                "Auparavant, les deux ministres avaient eu des entretiens.");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("meeting"), found::toString);
    }

    @Test
    void aPressConferenceAsTheOccasionOfWhatIsSaidIsNone() {
        assertEquals(List.of(), TestArticles.events("2020-01", "Le Vietnam et le Pérou",
                "La porte-parole Tran Thi Lan a déclaré lors d'une conférence de presse que le Vietnam suivait "
                        + "la situation."));
    }
}
