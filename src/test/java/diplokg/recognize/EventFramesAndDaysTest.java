package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events set in a frame ("dans le cadre de ..."), sessions of a bilateral group, credentials presented, a planned
 * visit named again, and the days an event sentence writes beyond the usual reach: an opening date with its time
 * of day, a date in the trigger's own clause, a date glossed in parentheses.
 */
class EventFramesAndDaysTest {

    @Test
    void aSummitGivenAsTheFrameOfTalksIsNoConference() {
        assertEquals(List.of("meeting 2024-05-20"), TestArticles.events("2024-05", "Le Vietnam et le Chili",
                "Le 20 mai, dans le cadre du 9e Sommet régional à Lima, au Pérou, le vice-président Tran Van Ba a eu "
                        + "un échange avec le président chilien Pablo Ortiz."));
    }

    @Test
    void aSessionOfABilateralGroupIsAConference() {
        assertEquals(List.of("conference 2022-03-09"), TestArticles.events("2022-03", "Le Vietnam et la Suède",
                "La 3e réunion du Groupe de pilotage Vietnam-Suède s'est tenue le 9 mars à Stockholm."));
    }

    @Test
    void aSingleLetterOfCredenceIsAnAudience() {
        assertEquals(List.of("meeting 2020-02-11"), TestArticles.events("2020-02", "Le Vietnam et l'Irlande",
                "L'ambassadeur Le Van Tam a présenté le 11 février à Dublin la lettre de créance du président "
                        + "vietnamien au président irlandais Sean Doyle."));
    }

    @Test
    void aDemonstrativeAfterAPlannedVisitNamesThePlan() {
        assertEquals(List.of(), TestArticles.events("2019-04", "Le Vietnam et le Brésil",
                "Le ministre Hoang Van Nam effectuera une visite officielle au Brésil du 8 au 10 mai.",
                "Selon l'ambassadeur Dao Minh Tuan, cette visite renforcera la confiance entre les deux pays."));
    }

    @Test
    void anOpeningDateKeepsItsTimeOfDay() {
        assertEquals(List.of("phone-call 2023-01-14"), TestArticles.events("2023-01", "Le Vietnam et le Kenya",
                "Le 14 janvier au soir, le vice-ministre permanent des Affaires étrangères du Vietnam, Nguyen Van "
                        + "Hai, chargé des affaires africaines et du Moyen-Orient, a eu un entretien téléphonique avec "
                        + "son homologue kényan Peter Kamau."));
    }

    @Test
    void aDateInTheTriggersOwnClauseDatesItHoweverLongTheNamesBetween() {
        assertEquals(List.of("meeting 2024-10-23", "visit 2019"), TestArticles.events("2024-10",
                "Le Vietnam et l'Angola",
                "Le Premier ministre Pham Minh Chinh a rencontré le vice-président du Mouvement populaire de "
                        + "libération de l'Angola (MPLA) et président angolais Joao Manuel à Kazan le 23 octobre "
                        + "après-midi, en marge du sommet des BRICS.",
                "Il a rappelé la visite du secrétaire général du Parti communiste du Vietnam (PCV) Nguyen Van Linh "
                        + "à Luanda en 2019, qui a ouvert une nouvelle étape."));
    }

    @Test
    void aDateGlossedInParenthesesDatesTheOccasionNotTheMessage() {
        assertEquals(List.of("message 2021-09"), TestArticles.events("2021-09", "Le Vietnam et le Mali",
                "À l'occasion du 76e anniversaire de la Fête nationale (2 septembre 1945 - 2 septembre 2021), le "
                        + "président malien Amadou Keita a adressé un message de félicitations au président Nguyen "
                        + "Xuan Phuc."));
    }

    @Test
    void anOpeningPhraseAfterASessionNamesTheSession() {
        assertEquals(List.of("conference 2021-06-02"), TestArticles.events("2021-06", "Le Vietnam et la Norvège",
                "La 2e session du Comité mixte Vietnam-Norvège s'est tenue le 2 juin à Oslo.",
                "Lors de la réunion, les deux parties ont examiné la coopération dans la pêche."));
    }

    @Test
    void aSessionOfASubCommitteeIsAConference() {
        assertEquals(List.of("conference 2021-06-02"), TestArticles.events("2021-06", "Le Vietnam et la Norvège",
                "Les deux pays ont examiné leur commerce lors de la 3e réunion du sous-comité du commerce, tenue le 2 "
                        + "juin à Oslo.",
                "Lors de la réunion, les deux parties ont examiné la coopération dans la pêche."));
        assertEquals(List.of("conference 2021-06-02"), TestArticles.events("2021-06", "Le Vietnam et la Norvège",
                "La 3e session du Comité mixte Vietnam-Norvège s'est tenue le 2 juin à Oslo.",
                "Les deux parties ont examiné les progrès accomplis depuis la 2e réunion dudit Comité à Hanoï."));
    }

    @Test
    void anOpeningPhraseAfterAVisitTellsOneOfItsMeetings() {
        assertEquals(List.of("visit 2021-06", "meeting 2021-06"), TestArticles.events("2021-06",
                "Le Vietnam et la Norvège",
                "Le vice-ministre Nguyen Van Duc, en visite en Norvège, a salué la coopération dans la pêche.",
                "Lors d'une entrevue à Oslo, il a évoqué l'énergie éolienne avec la ministre Kari Olsen."));
    }

    @Test
    void aRelativeDayOpeningASentenceKeepsNoWordsAfterIt() {
        assertEquals(List.of("meeting 2025-04-14", "signing 2025-04-14"), TestArticles.events("2025-04",
                "Le Vietnam et la Chine",
                "Lundi 14 avril, à l'issue des entretiens, les deux dirigeants ont assisté à la signature de 12 "
                        + "documents de coopération.",
                "À la veille de sa venue, le président chinois avait publié dans le grand quotidien du Parti, "
                        + "organe central de la presse du pays depuis sa fondation, un long article signé consacré à "
                        + "l'amitié entre les deux peuples."));
    }

    @Test
    void aVisitInAnAppositionLeavesTheDayToWhatTheVisitorDid() {
        assertEquals(List.of("visit 2020-09"), TestArticles.events("2020-09", "Le Vietnam et la Pologne",
                "Le ministre Le Van Hung, en visite en Pologne, et son homologue polonais Jan Kowal ont convenu ce "
                        + "jeudi 17 septembre de doubler les échanges."));
    }

    @Test
    void aWelcomeAtTheAirportIsPartOfTheVisit() {
        assertEquals(List.of("visit 2018-05-09"), TestArticles.events("2018-05", "Le Vietnam et la Hongrie",
                "Le président Tran Van Long est arrivé le 9 mai à Budapest, entamant une visite officielle en Hongrie.",
                "Une cérémonie d'accueil a eu lieu à l'aéroport de la capitale en présence du vice-ministre hongrois "
                        + "des Affaires étrangères Gabor Nagy."));
    }
}
