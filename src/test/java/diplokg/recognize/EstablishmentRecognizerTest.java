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
    void derivesTheYearFromAnAnniversaryAndTheYearItFallsIn() {
        assertEquals(List.of("US-VN 1995"), years(null, "Le Vietnam et les États-Unis",
                "Ils préparent le 30e anniversaire de l'établissement des relations diplomatiques entre le Vietnam "
                        + "et les États-Unis en 2025."));
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
}
