package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events dated by what surrounds them: reported speech, a dated lead, years counted back, the predicate of a long
 * subject; and the triggers of conveyed invitations and congresses. Sentences written for these tests.
 */
class EventSpeechAndLeadTest {

    private static List<String> events(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.EVENTS).stream()
                .map(e -> e.type() + " " + e.date())
                .sorted()
                .toList();
    }

    @Test
    void yearsCountedBackFromTheArticleDateAPastVisit() {
        assertEquals(List.of("visit 2012"), events("2024-03", "Le Vietnam et le Chili",
                "Le ministre a évoqué la visite officielle du président vietnamien Le Van Tam au Chili il y a "
                        + "12 ans."));
    }

    @Test
    void aPluperfectInReportedSpeechIsTheNewsNotARecollection() {
        assertEquals(List.of("signing 2024-03"), events("2024-03", "Le Vietnam et le Chili",
                "Le vice-ministre a souligné que deux accords de coopération avaient été signés entre les deux pays."));
        assertEquals(List.of("signing null"), events("2024-03", "Le Vietnam et le Chili",
                "Les deux pays avaient signé un accord de coopération."));
    }

    @Test
    void aLeadThatDatesAStatementDatesTheUndatedEventOfTheSameSpeaker() {
        assertEquals(List.of("meeting 2023-05-10"), events("2023-05", "",
                "Le Vietnam soutient les entreprises chiliennes désireuses d'investir dans le pays, a déclaré "
                        + "mercredi 10 mai à Hanoï le ministre vietnamien de l'Industrie Le Van Tam.",
                "En recevant l'ambassadeur du Chili, Pablo Rojas, le ministre Le Van Tam a affirmé que les "
                        + "relations bilatérales étaient en plein essor."));
    }

    @Test
    void conveyingAnInvitationIsAMessageTheVisitItAsksForAPlan() {
        assertEquals(List.of("message 2023-04", "visit 2023-04-03"), events("2023-04", "Le Vietnam et le Chili",
                "Le vice-ministre Do Van Hai a effectué du 3 au 5 avril une visite de travail au Chili.",
                "Il a transmis au président chilien Pablo Rojas l'invitation du président vietnamien à effectuer "
                        + "une visite au Vietnam."));
        assertEquals(List.of("visit 2023-04-03"), events("2023-04", "Le Vietnam et le Chili",
                "À l'invitation du président chilien, le vice-ministre Do Van Hai a effectué du 3 au 5 avril une "
                        + "visite de travail au Chili."));
    }

    @Test
    void aCongressIsAConferenceNotAPartysNorANamedOne() {
        assertEquals(List.of("conference 2023-04-14"), events("2023-04", "Le Vietnam et le Chili",
                "Le congrès de l'Association d'amitié Vietnam-Chili s'est tenu le 14 avril à Hanoï."));
        assertEquals(List.of("meeting 2023-05-03"), events("2023-05", "Le Vietnam et l'Afrique du Sud",
                "Le ministre a rencontré le 3 mai des dirigeants du Congrès démocrate sud-africain (CDS)."));
        assertEquals(List.of(), events("2021-03", "Le Vietnam et le Laos",
                "Le dirigeant lao a salué le succès du 13e Congrès national du Parti communiste du Vietnam."));
    }

    @Test
    void aTitleWelcomingAnOfficialIsAMeetingHostingThingsIsNone() {
        assertEquals(List.of("meeting 2023-06"), events("2023-06",
                "Le Chili accueille la nouvelle ambassadrice du Vietnam",
                "L'ambassadrice a souligné l'amitié entre les deux pays."));
        assertEquals(List.of(), events("2023-06", "Le Vietnam et le Chili",
                "La province accueille de nombreuses entreprises chiliennes."));
        assertEquals(List.of("meeting 2023-06-03"), events("2023-06", "Le Vietnam et le Chili",
                "Le 3 juin, le ministre a aussi rencontré des membres de l'association d'amitié."));
    }

    @Test
    void aSessionsSpeakersNamedOneByOneAttendOneSessionDatedByTheLongSubjectsPredicate() {
        assertEquals(List.of("conference 2023-04-20"), events("2023-04", "Le Vietnam et le Chili",
                "Le séminaire sur la coopération économique entre les entreprises des deux pays, organisé par la "
                        + "Chambre de commerce et d'industrie du Vietnam avec l'ambassade du Chili, a eu lieu le "
                        + "20 avril à Hanoï.",
                "Présent au séminaire, le ministre vietnamien de l'Industrie Le Van Tam a salué la coopération.",
                "Prenant la parole lors du séminaire, l'ambassadeur du Chili, Pablo Rojas, a souhaité plus "
                        + "d'échanges."));
    }
}
