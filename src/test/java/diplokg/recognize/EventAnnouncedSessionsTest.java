package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session the parties "organiseront" (future) and a signing a handover aims at ("afin de parvenir à la
 * signature") have not happened; a session they organised and a signing they carried out have.
 */
class EventAnnouncedSessionsTest {

    private static final String MET = "Le 3 juillet, le ministre Tran Van Ba a rencontré son homologue marocain "
            + "Karim Alami.";

    @Test
    void aSessionTheyWillOrganiseIsNoConference() {
        assertEquals(List.of("meeting 2017-07-03"), TestArticles.events("2017-07", "Le Vietnam et le Maroc", MET,
                "Les deux pays organiseront une session du comité mixte de coopération, a annoncé Karim Alami."));
    }

    @Test
    void aSigningAimedAtIsNoSigning() {
        assertEquals(List.of("meeting 2017-07-03"), TestArticles.events("2017-07", "Le Vietnam et le Maroc", MET,
                "Tran Van Ba a remis un projet de mémorandum à Karim Alami afin de parvenir au plus tôt à la "
                        + "signature."));
    }

    @Test
    void aSessionTheyOrganisedIsAConference() {
        assertEquals(List.of("meeting 2017-07-03", "conference 2017-07-04"), TestArticles.events("2017-07",
                "Le Vietnam et le Maroc", MET,
                "Le 4 juillet, les deux pays ont organisé une session du comité mixte de coopération."));
    }

    @Test
    void aGoalReachedBeforeASigningDoesNotPlanIt() {
        assertEquals(List.of("signing 2024-05-05"), TestArticles.events("2024-05", "Le Vietnam et le Maroc",
                "Afin de parvenir à cet objectif, les deux ministres ont signé le 5 mai un mémorandum d'entente à "
                        + "Rabat."));
    }

    @Test
    void aSigningTheyAimToReachIsNoSigning() {
        assertEquals(List.of("meeting 2017-07-03"), TestArticles.events("2017-07", "Le Vietnam et le Maroc", MET,
                "Les deux parties ont échangé leurs projets de texte pour parvenir à la signature d'un accord."));
    }
}
