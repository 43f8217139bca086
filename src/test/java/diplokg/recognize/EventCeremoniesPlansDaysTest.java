package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Welcome ceremonies and the talks after them, plans told far from their event, days coordinated in one clause, and a
 * title's day for the body's event.
 */
class EventCeremoniesPlansDaysTest {

    private static List<String> events(String... body) {
        return TestArticles.events("2023-10", "Le Vietnam et la Finlande", body);
    }

    private static List<List<String>> people(String... body) {
        return TestArticles.facts("2023-10", "Le Vietnam et la Finlande", body).facts(Contract.EVENTS).stream()
                .map(e -> e.participants()).toList();
    }

    @Test
    void aWelcomeCeremonyNamedAgainWithoutADateIsTheOneToldBefore() {
        assertEquals(List.of("meeting 2023-10-16", "visit 2023-10-15"), events(
                "Le 16 octobre au matin, la cérémonie d'accueil officielle du président finlandais Sauli Niinistö "
                        + "s'est déroulée au palais présidentiel à Hanoï.",
                "Le président finlandais effectue du 15 au 18 octobre une visite d'État au Vietnam.",
                "La cérémonie d'accueil officielle a été présidée par la présidente Vo Thi Anh Xuân."));
    }

    @Test
    void aWelcomeCeremonyAsTheSettingOfAnAudienceIsThatMeetingAndTheTalksAfterItAnother() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-16"), events(
                "La présidente Vo Thi Anh Xuân a accueilli le 16 octobre à Hanoï le président finlandais Sauli "
                        + "Niinistö lors d'une cérémonie solennelle, puis les deux dirigeants se sont entretenus."));
    }

    @Test
    void credentialsPresentedAtACeremonyAreOneMeeting() {
        assertEquals(List.of("meeting 2023-10-16"), events(
                "L'ambassadeur du Vietnam, Dao Thanh Chung, a remis le 16 octobre ses lettres de créance au président "
                        + "finlandais Sauli Niinistö, lors d'une cérémonie au palais présidentiel."));
        assertEquals(List.of("meeting 2023-10-16"), events(
                "Lors de la cérémonie de présentation des lettres de créance, le 16 octobre, l'ambassadeur Dao Thanh "
                        + "Chung s'est entretenu avec le président finlandais Sauli Niinistö."));
    }

    @Test
    void aCeremonyToldInItsOwnSentenceAndTheTalksJustAfterAreTwoMeetingsOfOneDay() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-16"), events(
                "La cérémonie d'accueil officielle du président finlandais Sauli Niinistö, présidée par la "
                        + "présidente Vo Thi Anh Xuân, s'est déroulée le 16 octobre au Palais présidentiel.",
                "Juste après, les deux dirigeants ont tenu des entretiens."));
    }

    @Test
    void aPlanningVerbGovernsTheEventNounOfItsClauseHoweverFar() {
        assertEquals(List.of(), events(
                "La ministre finlandaise du Commerce, Ville Tavio, se rendra au Vietnam dans la seconde moitié du "
                        + "mois de novembre pour une visite de travail."));
    }

    @Test
    void aPlanInARelativeClauseDoesNotCancelTheAudienceOfTheMainClause() {
        assertEquals(List.of("meeting 2023-10-16"), events(
                "Le vice-Premier ministre Trân Hông Ha, qui se rendra en Finlande le mois prochain, a reçu le 16 "
                        + "octobre l'ambassadrice finlandaise Keijo Norvanto."));
    }

    @Test
    void aVisitPlannedByAnAppositionOrARelativeClauseIsNoEvent() {
        assertEquals(List.of(), events(
                "La visite d'État du président finlandais Sauli Niinistö, prévue du 20 au 22 novembre, ouvrira une "
                        + "nouvelle étape.",
                "La visite officielle en Finlande du président de l'Assemblée nationale Vuong Dinh Huê, qui "
                        + "débutera la semaine prochaine, vise à approfondir la coopération."));
    }

    @Test
    void daysCoordinatedAfterOneVerbAreOneMeetingEach() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-17"), events(
                "Le vice-ministre des Affaires étrangères Do Hung Viet a rencontré le lundi 16 octobre à Helsinki le "
                        + "secrétaire d'État finlandais Jukka Salovaara, puis le 17 la ministre Elina Valtonen."));
        assertEquals(List.of(List.of("Do Hung Viet", "Jukka Salovaara"), List.of("Do Hung Viet", "Elina Valtonen")),
                people("Le vice-ministre des Affaires étrangères Do Hung Viet a été reçu le 16 octobre par le "
                        + "secrétaire d'État Jukka Salovaara et le 17 octobre par la ministre Elina Valtonen."));
    }

    @Test
    void aDayWithoutItsMonthOpeningASentenceIsADayOfTheArticlesMonth() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-17"), events(
                "Le vice-ministre Do Hung Viet a rencontré le 16 octobre le secrétaire d'État Jukka Salovaara.",
                "Le 17, il s'est entretenu avec la ministre finlandaise Elina Valtonen."));
    }

    @Test
    void talksToldWithAnAdverbInsideTheVerbAreAMeeting() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-16"), events(
                "Le vice-ministre Do Hung Viet a rencontré le 16 octobre le secrétaire d'État Jukka Salovaara.",
                "Il s'est ensuite entretenu avec la ministre finlandaise Elina Valtonen."));
    }

    @Test
    void theTitlesDayDatesTheBodysEventButACaptionsDayDoesNot() {
        assertEquals(List.of("meeting 2023-10-16"), TestArticles.events("2023-10",
                "Le président de l'Assemblée nationale reçoit l'ambassadeur finlandais le 16 octobre",
                "Le président de l'Assemblée nationale Vuong Dinh Huê a reçu à Hanoï l'ambassadeur de Finlande, "
                        + "Keijo Norvanto, venu lui faire ses adieux."));
        assertEquals(List.of("meeting 2023-10"), events(
                "Le président de l'Assemblée nationale Vuong Dinh Huê a reçu à Hanoï l'ambassadeur de Finlande, "
                        + "Keijo Norvanto, venu lui faire ses adieux.",
                "Vuong Dinh Huê et Keijo Norvanto à Hanoï, le 16 octobre."));
    }

    @Test
    void aCounterpartNamedAfterARankTakesPartInTheMeeting() {
        assertEquals(List.of(List.of("Phan Van Giang", "Mikko Laine")), people(
                "Le ministre de la Défense Phan Van Giang a rencontré le 16 octobre son homologue finlandais, le "
                        + "général Mikko Laine."));
    }

    @Test
    void aWeekdayAloneIsTheFirstSuchDayFromTheEventBefore() {
        // 16 October 2023 is a Monday.
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-18"), events(
                "Lundi 16 octobre, le vice-ministre Do Hung Viet a rencontré le secrétaire d'État Jukka Salovaara.",
                "Mercredi, il s'est entretenu avec la ministre finlandaise Elina Valtonen."));
        assertEquals(List.of("meeting 2023-10"), events(
                "Le vice-ministre Do Hung Viet a rencontré mercredi le secrétaire d'État Jukka Salovaara."));
    }

    @Test
    void talksWithNoDateAfterADatedWelcomeCeremonyAreAMeetingOfItsDay() {
        assertEquals(List.of("meeting 2023-10-16", "meeting 2023-10-16"), events(
                "La présidente Vo Thi Anh Xuân a présidé le 16 octobre la cérémonie d'accueil officielle du président "
                        + "finlandais Sauli Niinistö.",
                "Les deux dirigeants ont tenu des entretiens sur la coopération dans l'éducation."));
    }
}
