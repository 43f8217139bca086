package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerCuesTest {

    private static List<String> events(String... body) {
        return TestArticles.events("2026-03", "Le Vietnam et le Pérou", body);
    }

    @Test
    void aVisitWhosePredicateIsAPlanIsNoEvent() {
        assertEquals(List.of(), events(
                "La visite du ministre péruvien de l'Économie à Hanoï est prévue pour le mois d'avril."));
    }

    @Test
    void aVisitThatWillBringSomethingIsStillTheVisit() {
        assertEquals(List.of("visit 2026-03"), events(
                "La visite officielle du ministre péruvien de l'Économie, Luis Rojas, va ouvrir une nouvelle étape."));
    }

    @Test
    void touringASiteIsNoVisitToACountry() {
        assertEquals(List.of("visit 2026-03"), events(
                "Pendant sa visite officielle au Pérou, le ministre Vo Van Tam a visité une foire de produits de la "
                        + "mer.",
                "Il a aussi visité les ateliers d'une coopérative de pêcheurs."));
    }

    @Test
    void visitingACountryByAVerbIsAVisit() {
        assertEquals(List.of("visit 2026-03"), events("Le ministre Vo Van Tam a visité le Pérou."));
    }

    @Test
    void signsOfSomethingAreNoSigning() {
        assertEquals(List.of(), events("Le commerce entre les deux pays donne des signes de reprise."));
    }

    @Test
    void aMeetingHeldAlsoIsOneMoreMeetingWhoeverItNames() {
        assertEquals(List.of("meeting 2026-03-17", "meeting 2026-03"), events(
                "Le 17 mars, le vice-Premier ministre Vo Van Tam a reçu l'ambassadeur du Pérou, Luis Rojas.",
                "Il a également reçu une délégation de chefs d'entreprise péruviens."));
    }
}
