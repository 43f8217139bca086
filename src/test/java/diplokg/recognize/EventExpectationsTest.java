package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A visit someone says they look forward to ("son attente de la visite") has not happened. */
class EventExpectationsTest {

    @Test
    void aVisitLookedForwardToIsNoEvent() {
        assertEquals(List.of(), TestArticles.events("2023-05", "Le Vietnam et le Pérou",
                "Le ministre péruvien a également exprimé son attente de la visite historique du président Tran "
                        + "Van Ba à Lima le 12 mai."));
    }

    @Test
    void aVisitThatMetTheExpectationsOfTwoPeoplesHappened() {
        assertEquals(List.of("visit 2023-05"), TestArticles.events("2023-05", "Le Vietnam et le Pérou",
                "La visite officielle du président Tran Van Ba au Pérou a pleinement répondu à l'attente des "
                        + "deux peuples."));
    }
}
