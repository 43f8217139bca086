package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An occasion's day glossed with its article ("(le 2 septembre)") does not date the event of its sentence; a
 * signing wished for in the subjunctive ("que des accords soient signés") has not happened; calls or meetings
 * said to be frequent are a habit, not one event.
 */
class EventGlossesWishesHabitsTest {

    @Test
    void aGlossedOccasionDayWithItsArticleDatesNoEvent() {
        assertEquals(List.of("conference 2023-08-30"), TestArticles.events("2023-08", "Le Vietnam au Chili",
                "Une cérémonie marquant le 78e anniversaire de la Fête nationale du Vietnam (le 2 septembre) a été "
                        + "organisée le 30 août à Santiago par l'ambassade du Vietnam."));
    }

    @Test
    void aDayWithItsArticleInBracketsAfterAPersonsNameDatesTheMeeting() {
        assertEquals(List.of("meeting 2024-09-10"), TestArticles.events("2024-09", "Le Vietnam et le Japon",
                "Lors de sa rencontre avec le ministre japonais des Affaires étrangères Sato Ken (le 10 septembre), "
                        + "le ministre Nguyen Van Ba a salué les liens."));
    }

    @Test
    void aDayOutsideAParenthesisStillDatesTheEvent() {
        assertEquals(List.of("conference 2023-09-02"), TestArticles.events("2023-09", "Le Vietnam au Chili",
                "Une cérémonie marquant le 78e anniversaire de la Fête nationale du Vietnam a été organisée le "
                        + "2 septembre à Santiago par l'ambassade du Vietnam."));
    }

    @Test
    void aSigningWishedInTheSubjunctiveIsNoEvent() {
        assertEquals(List.of(), TestArticles.events("2021-05", "Le Vietnam et le Chili",
                "L'ambassadeur Tran Van Ba a émis le souhait que lors des prochains mois, des accords de "
                        + "coopération dans l'énergie entre les deux pays soient signés."));
    }

    @Test
    void aSigningInThePastTenseStaysAnEventAndSoitIsNoSubjunctive() {
        assertEquals(List.of("signing 2021-05"), TestArticles.events("2021-05", "Le Vietnam et le Chili",
                "Des accords de coopération dans l'énergie entre les deux pays ont été signés, soit trois "
                        + "au total."));
    }

    @Test
    void frequentCallsAreAHabitButAMeetingInTheSameSentenceIsAnEvent() {
        assertEquals(List.of("meeting 2021-10"), TestArticles.events("2022-03", "Le Vietnam et le Chili",
                "Les liens étroits s'illustrent au travers des entretiens téléphoniques fréquents entre les deux "
                        + "présidents et de leur rencontre à Lima en octobre 2021."));
    }
}
