package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the parties resolved to do names no event held; an event it names as an occasion was held before. A sign
 * ("un signe positif") is no signing, nor one that negotiations aim at ("en vue de la signature").
 */
class EventResolvedTest {

    private static final String TALKS = "Le Premier ministre Tran Van Ba s'est entretenu mardi 6 mai à Hanoï avec "
            + "son homologue chilien Pablo Rojas.";

    @Test
    void sessionsTheyResolvedToHoldAreNoEvent() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Ils ont convenu que les deux ministères renforceront "
                + "leurs liens et mettront en œuvre les mécanismes existants, notamment la 4e session du Comité mixte "
                + "Vietnam - Chili."));
    }

    @Test
    void aDialogueTheyResolvedToImproveIsNoEvent() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Ils ont décidé de renforcer la confiance en "
                + "améliorant l'efficacité du dialogue stratégique."));
    }

    @Test
    void aSessionNamedAsTheOccasionOfPastAgreementsWasHeld() {
        assertEquals(List.of("meeting 2025-05-06", "conference 2024-03"), afterTalks("Ils ont convenu d'appliquer "
                + "les accords conclus lors de la troisième session du Comité mixte en mars 2024."));
    }

    @Test
    void talksAfterAnElidedOccasionCueWereHeld() {
        assertEquals(List.of("meeting 2025-05-06"), TestArticles.events("2025-05", "Le Vietnam et le Chili",
                "Le Premier ministre Tran Van Ba et son homologue chilien Pablo Rojas ont convenu de renforcer la "
                        + "coopération lors d'un entretien mardi 6 mai à Hanoï."));
    }

    @Test
    void aSessionTheyResolvedToHoldAfterAnElidedCueIsNoEvent() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Ils ont convenu d'intensifier les réunions du "
                + "comité mixte."));
    }

    @Test
    void anEventToldAfterWhatWasResolvedWasHeld() {
        assertEquals(List.of("meeting 2025-05-06", "signing 2025-05-06"), afterTalks("Les deux dirigeants ont "
                + "convenu d'accroître les échanges commerciaux, avant d'assister à la cérémonie de signature de "
                + "trois accords le 6 mai."));
        assertEquals(List.of("conference 2025-05-07"), TestArticles.events("2025-05", "Le Vietnam et le Chili",
                "Ayant décidé d'approfondir leurs liens, les deux ministres ont présidé la 10e session du Comité "
                        + "mixte le 7 mai à Hanoï."));
    }

    @Test
    void aListOfWhatWasResolvedStaysResolved() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Ils ont convenu de renforcer l'économie, le "
                + "commerce et les réunions du comité mixte."));
    }

    @Test
    void aSignIsNoSigning() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Pablo Rojas a estimé que ces entretiens étaient un "
                + "signe positif pour les relations entre les deux pays."));
    }

    @Test
    void aSigningNegotiationsAimAtIsNoEvent() {
        assertEquals(List.of("meeting 2025-05-06"), afterTalks("Les deux pays poursuivront les négociations en vue "
                + "de la signature d'un accord sur la protection des investissements."));
    }

    /** The events of an article that tells talks, then {@code sentence}. */
    private static List<String> afterTalks(String sentence) {
        return TestArticles.events("2025-05", "Le Vietnam et le Chili", TALKS, sentence);
    }
}
