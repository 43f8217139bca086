package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year that ends the phrase of "depuis" naming no event ("la première visite ... depuis l'établissement des
 * relations diplomatiques en 1950") dates the start of what is counted, not a visit; a visit or its pronoun after
 * "depuis", or an anniversary's year, still dates one.
 */
class EventSinceDatesTest {

    private static final String RECEIVED = "Le 10 octobre, le président Tran Van Ba a reçu le Premier ministre "
            + "tchèque Jan Novak, en visite officielle au Vietnam.";

    @Test
    void theYearOfRelationsSinceAFirstVisitDatesNoVisit() {
        assertEquals(List.of("meeting 2022-10-10", "visit 2022-10-10"), TestArticles.events("2022-10",
                "Le Vietnam et la Tchéquie", RECEIVED,
                "Il s’agit de la première visite d’un chef de gouvernement tchèque au Vietnam depuis "
                        + "l’établissement des relations diplomatiques entre les deux pays en 1950, a souligné "
                        + "Tran Van Ba."));
    }

    @Test
    void aVisitNamedAgainByItsPronounAfterSinceKeepsItsYear() {
        assertEquals(List.of("meeting 2022-10-10", "visit 2022-10-10", "visit 2015"), TestArticles.events(
                "2022-10", "Le Vietnam et la Tchéquie", RECEIVED,
                "Il s’agit de la première visite d’un chef de gouvernement tchèque au Vietnam depuis celle du "
                        + "Premier ministre Petr Dvorak en 2015, a souligné Tran Van Ba."));
    }

    @Test
    void aVisitAfterSinceKeepsItsYear() {
        assertEquals(List.of("meeting 2022-10-10", "visit 2019"), TestArticles.events("2022-10",
                "Le Vietnam et la Tchéquie",
                "Le 10 octobre, le président Tran Van Ba a reçu le Premier ministre tchèque Jan Novak.",
                "Les échanges se sont intensifiés depuis la visite officielle du président Tran Van Ba à Prague "
                        + "en 2019."));
    }

    @Test
    void anAnniversarysYearStillDatesTheVisitItWasTheOccasionOf() {
        assertEquals(List.of("meeting 2022-10-10", "visit 2020"), TestArticles.events("2022-10",
                "Le Vietnam et la Tchéquie",
                "Le 10 octobre, le président Tran Van Ba a reçu le Premier ministre tchèque Jan Novak.",
                "Il a rappelé la visite du président tchèque Karel Horak au Vietnam à l’occasion du 70e "
                        + "anniversaire de l’établissement des relations diplomatiques en 2020."));
    }

    @Test
    void aCallMadeFromACityKeepsItsDay() {
        assertEquals(List.of("phone-call 2024-05-05"), TestArticles.events("2024-05", "Le Vietnam et le Japon",
                "Le Premier ministre Tran Van Ba a eu un entretien téléphonique depuis Hanoï le 5 mai avec son "
                        + "homologue japonais Kenji Sato."));
    }

    @Test
    void aSessionChairedOnlineFromACityKeepsItsDay() {
        assertEquals(List.of("conference 2024-05-05"), TestArticles.events("2024-05", "Le Vietnam et le Japon",
                "Le ministre Tran Van Ba a présidé en ligne depuis Hanoï le 5 mai la 3e session du comité mixte "
                        + "de coopération entre le Vietnam et le Japon."));
    }

    @Test
    void aCallMadeFromAStateKeepsItsDay() {
        assertEquals(List.of("phone-call 2024-05-05"), TestArticles.events("2024-05", "Le Vietnam et le Japon",
                "Le ministre japonais Kenji Sato a eu un entretien téléphonique depuis le Japon le 5 mai avec son "
                        + "homologue vietnamien Tran Van Ba."));
    }
}
