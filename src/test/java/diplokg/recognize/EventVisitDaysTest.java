package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day of a visit told by its end, at someone's invitation, and again with its first day; a visit recalled
 * "earlier this year".
 */
class EventVisitDaysTest {

    @Test
    void aVisitEndedAtSomeonesInvitationHappenedOnTheDayOfReturn() {
        assertEquals(List.of("visit 2022-12-23"), TestArticles.events("2022-12", "Le Vietnam et la Norvège",
                "Le président Tran Van Ba est rentré le 23 décembre à Hanoï, terminant une visite d'État en Norvège "
                        + "à l'invitation du roi Harald Berg."));
    }

    @Test
    void aVisitToBeMadeAtSomeonesInvitationIsStillAPlan() {
        assertEquals(List.of(), TestArticles.events("2022-12", "Le Vietnam et la Norvège",
                "Le président Tran Van Ba effectuera du 3 au 5 décembre une visite d'État en Norvège à l'invitation "
                        + "du roi Harald Berg."));
    }

    @Test
    void aVisitToldByItsEndThenByItsFirstDayIsOneVisitOfItsFirstDay() {
        assertEquals(List.of("visit 2022-10-21"), TestArticles.events("2022-10", "La Norvège et le Vietnam",
                "Le Premier ministre norvégien Lars Berg a quitté Hanoï dimanche 23 octobre, concluant sa visite "
                        + "officielle au Vietnam.",
                "Au cours de sa visite du 21 au 22 octobre, il a déposé une gerbe au monument aux morts."));
    }

    @Test
    void visitsToTwoPlacesAFewDaysApartAreTwo() {
        assertEquals(List.of("visit 2022-10-21", "visit 2022-10-24"), TestArticles.events("2022-10",
                "La tournée du président", "Le président Tran Van Ba a effectué le 21 octobre une visite à Oslo.",
                "Il a ensuite effectué le 24 octobre une visite à Stockholm."));
    }

    @Test
    void talksDuringAStayOfSeveralDaysTakeTheMonthNotTheStaysFirstDay() {
        assertEquals(List.of("meeting 2018-08"), TestArticles.events("2018-08", "Le président en Norvège",
                "En Norvège du 26 au 28 août, le président Tran Van Ba s'est entretenu avec le roi Harald Berg."));
    }

    @Test
    void aVisitNamedAsTheOccasionOfADatedStateTakesThatDate() {
        assertEquals(List.of("visit 2022-05"), TestArticles.events("2025-04", "Le Vietnam et l'Inde",
                "Le ministre a rappelé que le partenariat stratégique intégral, établi en mai 2022, lors de la "
                        + "visite officielle en Inde du président Tran Van Ba, ouvrait de nouvelles perspectives."));
        assertEquals(List.of("visit 2019-10"), TestArticles.events("2019-12", "Le Vietnam et le Chili",
                "Les deux parties ont salué le partenariat global établi en octobre au cours de la visite au "
                        + "Vietnam de la présidente chilienne Ana Soto."));
    }

    @Test
    void aPronounAfterAVisitNamesAnotherVisit() {
        assertEquals(List.of("visit 2024-08-03", "visit 2016"), TestArticles.events("2024-08",
                "Le Vietnam et la Finlande",
                "Cette visite d'État, effectuée du 3 au 6 août, est la première d'un président finlandais au Vietnam "
                        + "depuis celle du président Mika Lahti en 2016."));
        assertEquals(List.of("visit 2022-11", "visit 2023-03"), TestArticles.events("2023-09",
                "Le Vietnam et l'Allemagne",
                "Selon lui, la visite du ministre allemand Paul Keller en novembre 2022, ainsi que celle de la "
                        + "ministre Anna Vogt en mars 2023 ont renforcé les liens."));
        assertEquals(List.of("visit 2022-11", "visit 2023-03"), TestArticles.events("2023-09",
                "Le Vietnam et l'Allemagne",
                "Selon lui, la visite du ministre allemand Paul Keller en novembre 2022, ainsi que celle du ministre "
                        + "Max Braun début mars 2023 ont renforcé les liens."));
    }

    @Test
    void aVisitRecalledEarlierThisYearTakesTheArticlesYear() {
        assertEquals(List.of("message 2025-09", "visit 2025"), TestArticles.events("2025-09", "Le Vietnam et le Chili",
                "Le président chilien Pablo Soto a adressé une lettre de félicitations au président Tran Van Ba.",
                "Il a rappelé sa visite au Vietnam plus tôt cette année."));
    }
}
