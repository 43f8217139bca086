package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRecognizerTest {

    private static List<String> targets(String title, String... body) {
        return TestArticles.facts("2024-05", title, body).facts(Contract.TARGETS).stream()
                .map(t -> t.pair().key() + " " + t.indicator() + " " + t.value().toPlainString() + " " + t.unit()
                        + " " + t.year())
                .toList();
    }

    @Test
    void readsAGoalWithMagnitudeUnitAndYear() {
        assertEquals(List.of("BR-VN bilateral-trade 15000000000 USD 2030"), targets("Le Vietnam et le Brésil",
                "Les deux pays veulent porter le commerce bilatéral à 15 milliards de dollars d'ici 2030."));
    }

    @Test
    void readsDecimalsAndEuros() {
        assertEquals(List.of("IT-VN bilateral-trade 7500000000 EUR 2026"), targets("Le Vietnam et l'Italie",
                "L'objectif est d'atteindre 7,5 milliards d'euros d'échanges commerciaux en 2026.".replace(
                        "atteindre 7,5 milliards d'euros d'échanges commerciaux",
                        "porter les échanges commerciaux à 7,5 milliards d'euros")));
    }

    @Test
    void aFigureAlreadyReachedIsNoTarget() {
        assertEquals(List.of(), targets("Le Vietnam et le Japon",
                "Les échanges commerciaux ont atteint 50 milliards de dollars en 2023."));
    }
}
