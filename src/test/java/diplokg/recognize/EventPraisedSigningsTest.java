package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing a speaker praises ("a hautement apprécié la signature de", "a salué la signature entre les deux pays de")
 * is a document's record welcomed, not a signing the article tells held; a signing the parties attend, or a document
 * they sign after greeting someone, still is one.
 */
class EventPraisedSigningsTest {

    @Test
    void aSigningHighlyAppreciatedIsNoSigning() {
        assertEquals(List.of("meeting 2023-05-09"), TestArticles.events("2023-05", "Le Vietnam et le Chili",
                "Le 9 mai à Hanoï, le ministre des Affaires étrangères Tran Van Ba a reçu son homologue chilien "
                        + "Pablo Soto.",
                "Le ministre Tran Van Ba a hautement apprécié la signature d’un accord sur la pêche entre les deux "
                        + "pays."));
    }

    @Test
    void aSigningWelcomedIsNoSigning() {
        assertEquals(List.of("meeting 2023-05-09"), TestArticles.events("2023-05", "Le Vietnam et le Chili",
                "Le 9 mai à Hanoï, le ministre des Affaires étrangères Tran Van Ba a reçu son homologue chilien "
                        + "Pablo Soto.",
                "Pablo Soto a salué la signature entre les deux pays de l’Accord sur la promotion des "
                        + "investissements."));
    }

    @Test
    void aSigningAttendedIsStillASigning() {
        assertEquals(List.of("meeting 2023-05-09", "signing 2023-05-09"), TestArticles.events("2023-05",
                "Le Vietnam et le Chili",
                "Le 9 mai à Hanoï, le ministre des Affaires étrangères Tran Van Ba a reçu son homologue chilien "
                        + "Pablo Soto.",
                "Les deux ministres ont assisté à la signature d’un accord sur la pêche entre les deux pays."));
    }

    @Test
    void aDocumentSignedAfterAGreetingIsStillASigning() {
        assertEquals(List.of("meeting 2023-05-09", "signing 2023-05"), TestArticles.events("2023-05",
                "Le Vietnam et le Chili",
                "Le 9 mai à Hanoï, le ministre des Affaires étrangères Tran Van Ba a reçu son homologue chilien "
                        + "Pablo Soto.",
                "Après leur entretien, ils ont salué les délégations et signé un accord sur la pêche."));
    }
}
