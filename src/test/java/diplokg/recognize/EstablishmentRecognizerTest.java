package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstablishmentRecognizerTest {

    private static List<String> years(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.RELATIONS_ESTABLISHED).stream()
                .map(e -> e.pair().key() + " " + e.year())
                .toList();
    }

    @Test
    void derivesTheYearFromACountOfYearsAndTheArticlesYear() {
        assertEquals(List.of("MX-VN 1975"), years("2025-05", "Le Vietnam et le Mexique",
                "Les deux pays célèbrent cette année les 50 ans de l'établissement de leurs relations diplomatiques."));
    }

    @Test
    void aCountSaidRoughlyGivesNoYear() {
        assertEquals(List.of(), years("2025-05", "Le Vietnam et le Mexique",
                "Ils ont salué les liens bâtis depuis l'établissement des relations diplomatiques il y a plus de "
                        + "40 ans."));
    }

    @Test
    void derivesTheYearFromAnAnniversaryAndTheYearItFallsIn() {
        assertEquals(List.of("US-VN 1995"), years(null, "Le Vietnam et les États-Unis",
                "Ils préparent le 30e anniversaire de l'établissement des relations diplomatiques entre le Vietnam "
                        + "et les États-Unis en 2025."));
    }

    @Test
    void anAnniversaryNextOrLastYearCountsFromThatYear() {
        assertEquals(List.of("MX-VN 1975"), years("2024-11", "Le Vietnam et le Mexique",
                "Les deux pays fêteront l'année prochaine le 50e anniversaire de leurs relations diplomatiques."));
        assertEquals(List.of("MX-VN 1975"), years("2026-02", "Le Vietnam et le Mexique",
                "L'an dernier, les deux pays ont fêté le 50e anniversaire de leurs relations diplomatiques."));
    }

    @Test
    void readsAStatedYear() {
        assertEquals(List.of("CU-VN 1960"), years(null, "Le Vietnam et Cuba",
                "Cuba et le Vietnam ont établi leurs relations diplomatiques le 2 décembre 1960."));
    }

    @Test
    void readsASpanOfYears() {
        assertEquals(List.of("IT-VN 1973"), years(null, "Le Vietnam et l'Italie",
                "Le 50e anniversaire des relations diplomatiques (1973-2023) a été célébré à Rome."));
    }

    @Test
    void theAnniversaryOfAPartnershipIsNoEstablishment() {
        assertEquals(List.of(), years("2024-09", "Le Vietnam et l'Inde",
                "Les deux pays fêtent les 8 ans de leur partenariat stratégique intégral."));
    }

    @Test
    void aYearTheCountLeadsFromToTheArticlesYearIsTheStart() {
        assertEquals(List.of("CZ-VN 1950"), years("2024-02", "Le Vietnam et la Tchéquie",
                "Les deux pays ont marqué les 74 ans de leurs relations diplomatiques, nouées en 1950."));
    }

    @Test
    void aYearFarFromTheArticleIsNotTheAnniversarysYear() {
        assertEquals(List.of("LA-VN 1962"), years("2022-09", "Le Vietnam et le Laos",
                "L'ambassade a célébré la Fête nationale du 2 septembre 1945 et le 60e anniversaire des relations "
                        + "diplomatiques entre les deux pays."));
    }

    @Test
    void readsASpanWithDaysAndDashes() {
        assertEquals(List.of("CN-VN 1950"), years("2025-01", "Le Vietnam et la Chine",
                "Un colloque marque le 75ème anniversaire des relations diplomatiques Vietnam – Chine "
                        + "(18 janvier 1950 – 18 janvier 2025)."));
    }

    @Test
    void readsARomanOrdinal() {
        assertEquals(List.of("DZ-VN 1962"), years(null, "Le Vietnam et l'Algérie",
                "Les deux pays célèbrent en 2022 le LXe anniversaire de leurs relations diplomatiques."));
    }

    @Test
    void readsACountAfterTheCue() {
        assertEquals(List.of("AR-VN 1973"), years("2023-10", "Le Vietnam et l'Argentine",
                "Les relations diplomatiques entre le Vietnam et l'Argentine, établies il y a 50 ans, "
                        + "se développent bien."));
    }

    @Test
    void readsAStatedDateFarFromTheCue() {
        assertEquals(List.of("VN-ZA 1993"), years("2024-06", "Le Vietnam et l'Afrique du Sud",
                "Les relations diplomatiques entre le Vietnam et la République d'Afrique du Sud, établies le "
                        + "22 décembre 1993, sont excellentes."));
    }

    @Test
    void theAnniversaryOfATreatyBeforeTheCueIsNoEstablishment() {
        assertEquals(List.of(), years("2024-05", "Le Vietnam et la Mongolie",
                "Ils ont salué le 45e anniversaire du traité d'amitié, pilier des relations diplomatiques."));
    }

    @Test
    void aSpanThatDoesNotFitTheCountIsNotTheRelationsSpan() {
        assertEquals(List.of("NZ-VN 1975"), years("2025-03", "Le Vietnam et la Nouvelle-Zélande",
                "Le plan d'action 2024-2027 a été salué lors du 50e anniversaire des relations diplomatiques."));
    }

    @Test
    void readsAnOrdinalInWordsAndTheEstablishmentOfRelations() {
        assertEquals(List.of("KR-VN 1992"), years("2022-12", "Le Vietnam et la Corée du Sud",
                "Séoul accueille une exposition pour le trentième anniversaire de l'établissement de leurs "
                        + "relations."));
    }

    @Test
    void readsACountInWords() {
        assertEquals(List.of("PL-VN 1950"), years("2020-02", "Le Vietnam et la Pologne",
                "Les soixante-dix ans de relations diplomatiques entre les deux pays ont été fêtés à Varsovie."));
    }

    @Test
    void readsAnAnniversaryInOneWord() {
        assertEquals(List.of("NL-VN 1973"), years("2023-04", "Le Vietnam et les Pays-Bas",
                "Le cinquantenaire des relations diplomatiques a été célébré à La Haye."));
    }

    @Test
    void theEstablishmentOfAPartnershipNamedRelationsIsNoEstablishment() {
        assertEquals(List.of(), years("2024-03", "Le Vietnam et Cuba",
                "Depuis l'établissement des relations spéciales en 2019, la coopération progresse."));
    }

    @Test
    void givesEachListedPartnerItsYearInTheOrderWritten() {
        assertEquals(List.of("GH-VN 1965", "SN-VN 1969"), years(null, "Le Vietnam, le Ghana et le Sénégal",
                "Le Ghana et le Sénégal ont établi des relations diplomatiques avec le Vietnam respectivement en "
                        + "1965 et en 1969."));
    }

    @Test
    void anniversariesCountedRespectivelyGoToThePartnersInTheOrderWritten() {
        assertEquals(List.of("KE-VN 1995", "TZ-VN 1965"), years("2025-04", "Le président en Afrique",
                "Il s'agit de la première visite, respectivement après 30 ans et 60 ans de relations diplomatiques "
                        + "entre le Vietnam et le Kenya et entre le Vietnam et la Tanzanie."));
    }

    @Test
    void relationsOpenedByConsulatesBeganWithThem() {
        assertEquals(List.of("MY-VN 1961"), years("2023-05", "Le Vietnam et la Malaisie",
                "La Malaisie et le Vietnam ont établi des relations de consulat général en mars 1961, puis "
                        + "d'ambassade en juillet 1973."));
    }

    @Test
    void theYearOfALevelTheRelationsWereCarriedToIsNotTheirStart() {
        assertEquals(List.of(), years("2016-10", "Le Vietnam et l'Italie",
                "L'Italie et le Vietnam ont porté leurs relations diplomatiques au rang de partenariat stratégique "
                        + "en 2013."));
    }

    @Test
    void readsAnAnniversaryWrittenWithASuperscriptOrdinal() {
        assertEquals(List.of("KE-VN 1995"), years("2025-03", "Le Vietnam et le Kenya",
                "Le ministre kényan a fêté à Hanoï le 30\u1d49 anniversaire de l'établissement des relations "
                        + "diplomatiques en 2025."));
    }

    @Test
    void anEstablishmentSaidOfTheRelationsByAPossessiveFarAfterTheCueIsTheirs() {
        assertEquals(List.of("CL-VN 1971"), years("2024-05", "Le Vietnam et le Chili",
                "La rencontre a lieu dans le cadre des relations diplomatiques entre le Vietnam et le Chili, riches "
                        + "en échanges de délégations de tous niveaux, depuis leur établissement en mars 1971."));
        // After a verb, "leur établissement" belongs to the noun of another clause.
        assertEquals(List.of(), years("2024-05", "Le Vietnam et le Chili",
                "Les relations diplomatiques entre le Vietnam et le Chili progressent, et les chambres de commerce, "
                        + "depuis leur établissement en 2014, soutiennent les entreprises."));
        // Another plural noun joined to the relations may own it; a singular possessive is never the relations'.
        assertEquals(List.of(), years("2024-05", "Le Vietnam et le Chili",
                "Il a salué les relations diplomatiques entre le Vietnam et le Chili et les entreprises chiliennes au "
                        + "Vietnam, depuis leur établissement en 2008."));
        assertEquals(List.of(), years("2024-05", "Le Vietnam et le Chili",
                "Lors de la fête des relations diplomatiques entre le Vietnam et le Chili, l'Association d'amitié, "
                        + "depuis son établissement en 1996, a œuvré aux échanges."));
    }
}
