package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing a speaker welcomes ("a salué la signature, le 7 mai à Hanoï, de l'accord") is still told as a signing,
 * with its own day and place, or its own year: welcoming one does not unmake it (review of a rule withdrawn).
 */
class EventWelcomedSigningsTest {

    @Test
    void aSigningWelcomedKeepsItsDayAndPlace() {
        assertEquals(List.of("signing 2024-05-07 Hanoï"), TestArticles.facts("2024-05", "Le Vietnam et le Brésil",
                "Le président a salué la signature, le 7 mai à Hanoï, de l'accord de coopération entre le Vietnam "
                        + "et le Brésil.").facts(Contract.EVENTS).stream()
                .map(e -> e.type() + " " + e.date() + " " + e.place()).toList());
    }

    @Test
    void aSigningWelcomedKeepsItsYear() {
        assertEquals(List.of("signing 2008"), TestArticles.events("2024-05", "Le Vietnam et le Japon",
                "Saluant la signature de l'accord de partenariat économique entre le Vietnam et le Japon en 2008, "
                        + "le ministre a appelé les deux pays à en tirer parti."));
    }
}
