package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipRecognizerTest {

    private static List<String> partnerships(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.PARTNERSHIPS).stream()
                .map(p -> p.pair().key() + " " + p.level() + " " + p.status())
                .toList();
    }

    @Test
    void aPartnerNamedByItsLevelStatesTheLevel() {
        assertEquals(List.of("HU-VN comprehensive-partnership existing"), partnerships("2023-05",
                "Le Vietnam et la Hongrie", "Le Vietnam attache de l'importance à la Hongrie, son premier partenaire "
                        + "intégral en Europe centrale."));
        assertEquals(List.of("IN-VN comprehensive-strategic-partnership existing"), partnerships("2023-05",
                "Le Vietnam et l'Inde", "L'Inde est un partenaire stratégique intégral du Vietnam."));
        assertEquals(List.of(), partnerships("2023-05", "Le Vietnam et la Hongrie",
                "La Hongrie est un partenaire important du Vietnam."));
    }

    @Test
    void anUpgradeThatIsTheArticlesNewsIsEstablished() {
        assertEquals(List.of("ID-VN comprehensive-strategic-partnership established"),
                partnerships("2025-03", "Le Vietnam et l'Indonésie élèvent leurs relations",
                        "Les deux pays ont élevé leurs relations au rang de partenariat stratégique global."));
    }

    @Test
    void anUpgradeDatedBeforeTheArticlesMonthIsTheLevelInPlace() {
        assertEquals(List.of("NZ-VN comprehensive-strategic-partnership existing"),
                partnerships("2025-04", "La Nouvelle-Zélande et le Vietnam",
                        "Les deux pays ont porté leurs liens au rang de partenariat stratégique global en janvier 2025 "
                                + "et veulent aller plus loin."));
        assertEquals(List.of("TH-VN comprehensive-strategic-partnership existing"),
                partnerships("2025-09", "La Thaïlande et le Vietnam",
                        "En mai dernier, la Thaïlande et le Vietnam ont élevé leurs relations au partenariat "
                                + "stratégique intégral."));
    }

    @Test
    void anUpgradeInASentenceOpeningWithAnEarlierYearIsRecalled() {
        assertEquals(List.of("HU-VN comprehensive-partnership existing"),
                partnerships("2024-01", "Le Premier ministre vietnamien en Hongrie",
                        "En 2018, lors de la visite officielle du dirigeant vietnamien à Budapest et de sa rencontre "
                                + "avec les responsables hongrois, les deux pays ont élevé leurs relations au niveau "
                                + "de partenariat intégral."));
    }

    @Test
    void aLevelCarriedToANewHeightIsTheLevelInPlace() {
        assertEquals(List.of("MY-VN strategic-partnership existing"),
                partnerships("2024-05", "Le Vietnam et la Malaisie",
                        "Les deux dirigeants veulent porter le partenariat stratégique entre le Vietnam et la "
                                + "Malaisie à une nouvelle hauteur."));
    }

    @Test
    void levelsCountedOverPartnersNamedByAPronounAreNoPairs() {
        assertEquals(List.of(), partnerships("2024-05", "Le Vietnam et l'Algérie",
                "Le Vietnam a des relations avec 190 pays, dont des partenariats stratégiques avec 20 d'entre eux."));
    }

    @Test
    void anUpgradeDatedInTheArticlesMonthIsItsNews() {
        assertEquals(List.of("SG-VN comprehensive-strategic-partnership established"),
                partnerships("2025-03", "Singapour et le Vietnam",
                        "Le 12 mars, Singapour et le Vietnam ont élevé leurs relations au rang de partenariat "
                                + "stratégique intégral."));
    }

    @Test
    void aFrameworkReferredToIsExisting() {
        assertEquals(List.of("IN-VN comprehensive-strategic-partnership existing"),
                partnerships(null, "L'Inde et le Vietnam", "Dans le cadre du partenariat stratégique intégral entre "
                        + "le Vietnam et l'Inde, les deux parties ont discuté de défense."));
    }

    @Test
    void anUpgradeRecalledWithThePluperfectIsExisting() {
        assertEquals(List.of("KR-VN comprehensive-strategic-partnership existing"),
                partnerships("2025-06", "Le Vietnam et la République de Corée",
                        "En 2022, les deux pays avaient élevé leurs relations au partenariat stratégique intégral."));
    }

    @Test
    void theLongestFormWinsAndAnAgreementsNameIsNoLevel() {
        assertEquals(List.of("AU-VN comprehensive-strategic-partnership existing"),
                partnerships(null, "L'Australie et le Vietnam",
                        "Le Vietnam et l'Australie, membres de l'Accord de partenariat transpacifique global, "
                                + "développent leur partenariat stratégique global."));
    }

    @Test
    void aDeepenedPartnershipDescribedIsAStrategicPartnership() {
        assertEquals(List.of("DE-VN strategic-partnership existing"),
                partnerships(null, "Le Vietnam et l'Allemagne", "L'Allemagne et le Vietnam veulent un partenariat "
                        + "stratégique approfondi et efficace."));
    }

    @Test
    void specialSolidarityIsNoLevel() {
        assertEquals(List.of("LA-VN special-relationship existing"),
                partnerships(null, "Le Vietnam et le Laos", "La solidarité spéciale entre le Laos et le Vietnam "
                        + "nourrit leurs relations spéciales."));
    }

    @Test
    void aLevelCountedOverManyPartnersGivesThePairNoLevel() {
        assertEquals(List.of(), partnerships(null, "Le Vietnam et le Chili", "Le Chili et le Vietnam ont parlé "
                + "de commerce.", "Le Vietnam a noué des partenariats stratégiques avec 19 pays."));
    }

    @Test
    void aLevelCountedInWordsGivesThePairNoLevel() {
        assertEquals(List.of(), partnerships(null, "Le Vietnam et le Chili", "Le Chili et le Vietnam ont parlé "
                + "de commerce.", "Le Vietnam entretient des partenariats stratégiques intégraux avec quinze pays."));
    }

    @Test
    void aCountedLevelStillCountsForAStateTheSentenceNames() {
        assertEquals(List.of("IN-VN strategic-partnership existing"), partnerships(null, "Le Vietnam et l'Inde",
                "L'Inde est l'un des 19 pays avec lesquels le Vietnam a un partenariat stratégique."));
    }

    @Test
    void theTwoCountriesAreThePairNotACount() {
        assertEquals(List.of("CL-VN comprehensive-partnership existing"), partnerships(null, "Le Vietnam et le "
                + "Chili", "Le Chili et le Vietnam ont parlé de commerce.", "Les deux pays ont un partenariat "
                + "intégral."));
    }

    @Test
    void yearsOfAPartnershipAreNoCountOfPartners() {
        assertEquals(List.of("CL-VN strategic-partnership existing"), partnerships(null, "Le Vietnam et le Chili",
                "Le Chili et le Vietnam ont parlé de commerce.", "Ils ont célébré les 15 ans du partenariat "
                        + "stratégique."));
    }

    @Test
    void aCountInAnotherClauseIsNoCountOfPartners() {
        assertEquals(List.of("CL-VN strategic-partnership existing"), partnerships(null, "Le Vietnam et le Chili",
                "Le Chili et le Vietnam ont parlé de commerce.", "Ils ont salué leur partenariat stratégique, alors "
                        + "que le Vietnam commerce avec 190 pays."));
    }

    @Test
    void aLevelOnlyAimedAtIsNoLevelOfThePair() {
        assertEquals(List.of("CL-VN comprehensive-partnership existing"), partnerships(null, "Le Vietnam et le Chili",
                "Le Chili et le Vietnam veulent approfondir le partenariat intégral pour tendre vers un partenariat "
                        + "stratégique."));
        assertEquals(List.of(), partnerships(null, "Le Vietnam et le Pérou",
                "Le Pérou et le Vietnam ont évoqué la possibilité d'établir un partenariat stratégique."));
        assertEquals(List.of(), partnerships(null, "Le Vietnam et le Kenya",
                "Le Kenya a exprimé sa volonté résolue de voir les deux pays transformer leurs liens en un "
                        + "partenariat stratégique."));
    }

    @Test
    void anAspirationToDeepenTheLevelInPlaceKeepsIt() {
        assertEquals(List.of("CL-VN strategic-partnership existing"), partnerships(null, "Le Vietnam et le Chili",
                "Le Chili a affirmé sa volonté de renforcer le partenariat stratégique avec le Vietnam."));
    }

    @Test
    void aGlobalAndStrategicPartnershipIsTheComprehensiveStrategicLevel() {
        assertEquals(List.of("KR-VN comprehensive-strategic-partnership established"),
                partnerships("2022-12", "Le Vietnam et la Corée", "Le Vietnam et la Corée du Sud ont élevé leurs "
                        + "relations au rang de partenariat global et stratégique."));
    }

    @Test
    void aLevelNamedForABlocIsNoLevelOfThePair() {
        assertEquals(List.of(), partnerships(null, "Le Vietnam et l'Inde",
                "L'Inde et le Vietnam soutiendront le partenariat stratégique ASEAN-Inde."));
        assertEquals(List.of("IN-VN strategic-partnership existing"), partnerships(null, "Le Vietnam et l'Inde",
                "L'Inde et le Vietnam soutiendront le partenariat stratégique Vietnam-Inde."));
    }
}
