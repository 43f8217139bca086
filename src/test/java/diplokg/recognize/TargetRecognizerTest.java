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

    @Test
    void aGoalWithoutAYearHasANullYear() {
        assertEquals(List.of("PE-VN bilateral-trade 3000000000 USD null"), targets("Le Vietnam et le Pérou",
                "Les deux dirigeants ambitionnent de faire passer le volume des échanges à 3 milliards USD à moyen "
                        + "terme."));
    }

    @Test
    void aGoalRepeatedWithoutItsYearIsTheDatedGoal() {
        assertEquals(List.of("CO-VN bilateral-trade 3000000000 USD 2030"), targets(
                "Le Vietnam et la Colombie veulent porter leurs échanges commerciaux à 3 milliards de dollars",
                "Les ministres ont discuté des moyens de porter les échanges commerciaux à 3 milliards de dollars "
                        + "d'ici 2030."));
    }

    @Test
    void aYearlessGoalOfAnotherSumStaysBesideADatedOne() {
        assertEquals(List.of("CO-VN bilateral-trade 3000000000 USD 2030", "CO-VN bilateral-trade 5000000000 USD null"),
                targets("Le Vietnam et la Colombie", "Les ministres veulent porter les échanges commerciaux à 3 "
                        + "milliards de dollars d'ici 2030.", "Ils visent ensuite un commerce bilatéral de 5 milliards "
                        + "de dollars."));
    }

    @Test
    void aGoalCueAfterTheAmountMakesAGoal() {
        assertEquals(List.of("CL-VN investment 800000000 USD null"), targets("Le Vietnam et le Chili",
                "Les investissements chiliens au Vietnam pourraient dépasser 800 millions de dollars américains "
                        + "dans les années à venir."));
    }

    @Test
    void aFigureReachedBeforeAGoalInTheSameSentenceIsNoTarget() {
        assertEquals(List.of("EG-VN bilateral-trade 2500000000 USD 2028"), targets("Le Vietnam et l'Égypte",
                "Le commerce bilatéral a atteint 1,2 milliard d'USD en 2023, et les deux pays visent 2,5 Mds USD "
                        + "à l'horizon 2028."));
    }

    @Test
    void readsEachStageOfAGoal() {
        assertEquals(List.of("KR-VN bilateral-trade 90000000000 USD 2026",
                        "KR-VN bilateral-trade 160000000000 USD 2032"), targets("Le Vietnam et la Corée du Sud",
                "Les deux pays se sont fixé pour objectif de porter le chiffre d'affaires commercial à 90 milliards "
                        + "de dollars en 2026, puis à 160 milliards de dollars d'ici 2032."));
    }

    @Test
    void aRiseToAFigureAlreadyReachedIsNoTarget() {
        assertEquals(List.of(), targets("Le Vietnam et la Hongrie",
                "Les échanges commerciaux bilatéraux ont augmenté de 12 % pour atteindre 1,4 milliard de dollars "
                        + "en 2023, selon les deux ministres qui veulent les porter plus haut."));
    }

    @Test
    void aGoalInASentenceWithoutIndicatorTakesTheIndicatorOfTheSentenceBefore() {
        assertEquals(List.of("KZ-VN bilateral-trade 3000000000 USD 2030"), targets("Le Vietnam et le Kazakhstan",
                "Le commerce bilatéral s'est élevé à 1,1 milliard de dollars l'an dernier. Les deux parties "
                        + "envisagent de le porter à 3 milliards de dollars d'ici 2030."));
    }

    @Test
    void aFutureYearMakesAGoalOfARise() {
        assertEquals(List.of("SE-VN bilateral-trade 2000000000 EUR 2027"), targets("Le Vietnam et la Suède",
                "Les deux ministres souhaitent accroître les échanges commerciaux de 30 % pour atteindre "
                        + "2 milliards d'euros en 2027."));
    }

    @Test
    void readsTheYearOfAGoalCueBeforeTheAmount() {
        assertEquals(List.of("NG-VN bilateral-trade 4000000000 USD 2029"), targets("Le Vietnam et le Nigeria",
                "D'ici 2029, les deux pays espèrent atteindre 4 milliards de dollars d'échanges commerciaux."));
    }

    @Test
    void readsOtherCurrenciesAndIndicatorLabels() {
        assertEquals(List.of("AU-VN bilateral-trade 20000000000 AUD null"), targets("Le Vietnam et l'Australie",
                "Les deux pays veulent porter le chiffre d'affaires des échanges à 20 milliards de dollars "
                        + "australiens."));
    }

    @Test
    void anAmountInWordsIsAGoalOfOneBillion() {
        assertEquals(List.of("MN-VN bilateral-trade 1000000000 USD null"), targets("Le Vietnam et la Mongolie",
                "Les deux parties souhaitent porter les échanges bilatéraux à un milliard de dollars dans les "
                        + "prochaines années."));
    }

    @Test
    void aGoalWithoutCurrencyTakesTheUnitOfTheFigureBeforeIt() {
        assertEquals(List.of("ID-VN bilateral-trade 30000000000 USD null"), targets("Le Vietnam et l'Indonésie",
                "Le commerce bilatéral a atteint 18,5 milliards de dollars en 2023 et les deux pays visent 30 "
                        + "milliards dans un proche avenir."));
        assertEquals(List.of(), targets("Le Vietnam et l'Indonésie",
                "Le commerce bilatéral a atteint 18,5 milliards de dollars en 2023 et le pays vise 300 millions "
                        + "d'habitants."));
    }

    @Test
    void aSecondFigureOfASentenceKeepsTheSubjectOfTheFirst() {
        assertEquals(List.of("TH-VN bilateral-trade 25000000000 USD 2025"), targets("Le Vietnam et la Thaïlande",
                "Les échanges commerciaux bilatéraux ont avoisiné 18 milliards de dollars au cours des dix "
                        + "premiers mois de la présente année, et devraient atteindre 25 milliards de dollars d'ici "
                        + "2025."));
    }

    @Test
    void aGoalForThisYearTakesTheArticlesYear() {
        assertEquals(List.of("CL-VN bilateral-trade 2000000000 USD 2024"), targets("Le Vietnam et le Chili",
                "Le commerce bilatéral a atteint 1,8 milliard de dollars l'an dernier et les deux pays visent 2 "
                        + "milliards de dollars cette année."));
    }

    @Test
    void aGoalInTheSubjunctiveOrFutureIsAGoal() {
        assertEquals(List.of("AR-VN bilateral-trade 4000000000 USD null"), targets("Le Vietnam et l'Argentine",
                "Les ministres ont plaidé pour que le commerce bilatéral atteigne rapidement 4 milliards de "
                        + "dollars."));
        assertEquals(List.of("KR-VN investment 90000000000 USD null"), targets("Le Vietnam et la Corée du Sud",
                "Il espère que les investissements sud-coréens au Vietnam atteindront 90 milliards de dollars."));
    }

    @Test
    void aGoalForNextYearTakesTheYearAfterTheArticles() {
        assertEquals(List.of("TR-VN bilateral-trade 4500000000 USD 2025"), targets("Le Vietnam et la Turquie",
                "Le chiffre d'affaires bilatéral pourrait frôler 4,5 milliards de dollars l'année prochaine."));
    }

    @Test
    void reachingAFigureAfterAGoalVerbIsAGoal() {
        assertEquals(List.of("PL-VN bilateral-trade 6000000000 USD null"), targets("Le Vietnam et la Pologne",
                "Les deux pays veulent tripler leurs échanges commerciaux, puis doubler le commerce bilatéral "
                        + "pour atteindre 6 milliards de dollars."));
        assertEquals(List.of(), targets("Le Vietnam et la Pologne",
                "Le commerce bilatéral a progressé de 12 % pour atteindre 3 milliards de dollars."));
    }

    @Test
    void aGoalInTheCourseOfTheYearTakesTheArticlesYear() {
        assertEquals(List.of("NG-VN bilateral-trade 1200000000 USD 2024"), targets("Le Vietnam et le Nigeria",
                "Les deux pays espèrent atteindre 1,2 milliard de dollars d'échanges commerciaux dans le courant de "
                        + "l'année."));
    }
}
