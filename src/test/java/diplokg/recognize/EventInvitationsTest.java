package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Visits only asked for or offered are plans; a reception that is an audience told before is no new event. */
class EventInvitationsTest {

    private static final String AUDIENCE =
            "Le président Tran Van Dao a reçu le 3 mai l'ambassadeur du Chili, Pedro Diaz.";

    @Test
    void aVisitSomeoneIsInvitedToMakeIsNoEvent() {
        assertEquals(List.of("meeting 2024-05-03"), TestArticles.events("2024-05", "Le Vietnam et le Chili", AUDIENCE,
                "Il a invité le président chilien Gabriel Soto à effectuer une visite au Vietnam."));
    }

    @Test
    void anInvitationConveyedIsAMessageAndTheVisitItAsksForNoEvent() {
        assertEquals(List.of("meeting 2024-05-03", "message 2024-05-03"), TestArticles.events("2024-05",
                "Le Vietnam et le Chili", AUDIENCE,
                "Il a transmis au président chilien Gabriel Soto l'invitation du président vietnamien à effectuer "
                        + "une visite officielle au Vietnam."));
    }

    @Test
    void invitationsConveyedInThePluralAreAMessageToo() {
        assertEquals(List.of("meeting 2024-05-03", "message 2024-05-03"), TestArticles.events("2024-05",
                "Le Vietnam et le Chili", AUDIENCE,
                "Il a transmis les invitations du président et du Premier ministre vietnamiens au président chilien "
                        + "Gabriel Soto à se rendre au Vietnam."));
    }

    @Test
    void aVisitSomeoneWishesOrIsReadyToWelcomeIsNoEvent() {
        assertEquals(List.of("meeting 2024-05-03"), TestArticles.events("2024-05", "Le Vietnam et le Chili", AUDIENCE,
                "Il a souhaité accueillir le président chilien Gabriel Soto pour une visite d'État au Vietnam."));
        assertEquals(List.of("meeting 2024-05-03"), TestArticles.events("2024-05", "Le Vietnam et le Chili", AUDIENCE,
                "Le Vietnam est prêt à accueillir la présidente chilienne Ana Soto pour une visite officielle."));
    }

    @Test
    void theReceptionOfSomeoneAfterAnAudienceFramedByAVisitIsThatAudience() {
        assertEquals(List.of("meeting 2024-05-03", "visit 2024-05"), TestArticles.events("2024-05",
                "Le Vietnam et le Chili",
                "Le président de l'Assemblée nationale Tran Van Dao a reçu le 3 mai des dirigeants d'entreprises "
                        + "chiliennes, dans le cadre de sa visite officielle au Chili.",
                "Lors de la réception de Pedro Diaz, directeur général de Codelco, Tran Van Dao a salué la "
                        + "coopération dans le cuivre."));
    }

    @Test
    void aSessionSomeoneWillChairIsAPlan() {
        assertEquals(List.of(), TestArticles.events("2024-01", "Le Vietnam et le Cambodge",
                "Le Premier ministre cambodgien coprésidera la 20e session du Comité mixte Vietnam-Cambodge."));
        assertEquals(List.of(), TestArticles.events("2024-01", "Le Vietnam et le Cambodge",
                "Les deux ministres présideront le 5 février le forum d'affaires Vietnam-Cambodge."));
    }

    @Test
    void aLongNameThatAnAcronymEndsIsNoEvent() {
        assertEquals(List.of(), TestArticles.events("2024-01", "Le Vietnam et le Kazakhstan",
                "Les deux pays se soutiennent au sein de la Conférence pour l'interaction et les mesures de confiance "
                        + "en Asie (CICA)."));
    }

    @Test
    void dialogueAtAllLevelsIsAGoalNoConference() {
        assertEquals(List.of("meeting 2024-03-02"), TestArticles.events("2024-03", "Le Vietnam et le Chili",
                "Le président Tran Van Dao a rencontré le 2 mars le président chilien Gabriel Soto.",
                "Les deux dirigeants ont convenu d'intensifier les échanges et le dialogue à tous les niveaux."));
    }
}
