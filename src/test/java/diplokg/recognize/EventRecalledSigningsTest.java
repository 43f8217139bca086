package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing with no date told after an article's congratulations and events of past years only is its history: the
 * parties signed at some meeting the article does not tell. After talks of the article's news it is theirs.
 */
class EventRecalledSigningsTest {

    @Test
    void anUndatedSigningAfterCongratulationsIsHistory() {
        assertEquals(List.of("message 2021-06", "visit 2015"), TestArticles.events("2021-06",
                "Le Vietnam félicite le Pérou",
                "Le Premier ministre Tran Van Ba a adressé ses félicitations à Luis Ortega pour son élection à la "
                        + "présidence du Pérou.",
                "Le président péruvien a effectué une visite au Vietnam en 2015. Les deux pays ont signé un accord "
                        + "sur la protection des investissements."));
    }

    @Test
    void anUndatedSigningAfterTalksIsTheirs() {
        assertEquals(List.of("meeting 2021-06", "signing 2021-06"), TestArticles.events("2021-06",
                "Le Vietnam et le Pérou",
                "Le Premier ministre Tran Van Ba a reçu le ministre péruvien des Affaires étrangères Luis Ortega.",
                "Les deux pays ont signé un accord sur la protection des investissements."));
    }
}
