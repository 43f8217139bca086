package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A working meal is a meeting, as a welcome ceremony by any of its names is, and "the ceremony" named after it is the
 * same; initialled agreements are a signing; a signing promised is no event.
 */
class EventMealsAndInitialsTest {

    @Test
    void aWorkingBreakfastWithCounterpartsIsAMeeting() {
        assertEquals(List.of("meeting 2019-03-04"), TestArticles.events("2019-03", "Le Vietnam et le Laos",
                "Le 4 mars, le Premier ministre Tran Van Ba a eu un petit déjeuner de travail avec son homologue "
                        + "laotien Somchai Vong."));
    }

    @Test
    void agreementsInitialledAreASigning() {
        assertEquals(List.of("signing 2025-08-05"), TestArticles.events("2025-08", "Le Vietnam et le Maroc",
                "Les ministres vietnamien et marocain ont paraphé, mardi 5 août à Rabat, deux mémorandums "
                        + "d'entente sur l'agriculture."));
    }

    @Test
    void aSigningPromisedIsNoEvent() {
        assertEquals(List.of("meeting 2019-03-04"), TestArticles.events("2019-03", "Le Vietnam et le Laos",
                "Le 4 mars, le Premier ministre Tran Van Ba a reçu le ministre laotien Somchai Vong.",
                "Somchai Vong a promis de faire avancer la signature de l'accord de transport."));
    }

    @Test
    void aWelcomeCeremonyByAnotherNameIsAMeetingApartFromTheTalks() {
        assertEquals(List.of("meeting 2023-08", "meeting 2023-08"), TestArticles.events("2023-08",
                "Le Vietnam et le Laos", "Le Premier ministre laotien Somchai Vong a assisté à la cérémonie de "
                        + "bienvenue officielle organisée par le Premier ministre Tran Van Ba, puis les deux "
                        + "dirigeants se sont entretenus."));
    }

    @Test
    void theCeremonyNamedAfterAWelcomeCeremonyIsThatOne() {
        assertEquals(List.of("meeting 2023-08-20"), TestArticles.events("2023-08", "Le Vietnam et le Laos",
                "Le 20 août, la cérémonie officielle d'accueil du Premier ministre laotien Somchai Vong s'est "
                        + "déroulée au palais présidentiel.",
                "Le Premier ministre Tran Van Ba a présidé la cérémonie."));
    }
}
