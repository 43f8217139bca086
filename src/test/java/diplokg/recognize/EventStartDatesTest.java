package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit begun by a participle ("entamant") set off by a comma right after a dated arrival takes the arrival's day,
 * past a session's long name; not without the participle, nor past a verb between the day and the comma.
 */
class EventStartDatesTest {

    private static final String SUMMIT = "au 5e Sommet des dirigeants sur l'économie bleue et les océans (SDEBO)";

    @Test
    void aVisitBegunOnArrivalTakesTheArrivalsDay() {
        assertEquals(List.of("visit 2023-03-12"), TestArticles.events("2023-03", "Le Vietnam et le Chili",
                "Le président Tran Van Ba et son épouse sont arrivés à l'aéroport international de Santiago dans "
                        + "la soirée du 12 mars (heure locale), entamant leur participation " + SUMMIT
                        + " et une visite d'État au Chili."));
    }

    @Test
    void aVisitToldInAnotherClauseKeepsTheMonth() {
        assertEquals(List.of("visit 2023-03"), TestArticles.events("2023-03", "Le Vietnam et le Chili",
                "Le président Tran Van Ba et son épouse sont arrivés à l'aéroport international de Santiago dans "
                        + "la soirée du 12 mars (heure locale) pour participer " + SUMMIT
                        + " ; il effectue aussi une visite d'État au Chili."));
    }

    @Test
    void aDayBeforeAnotherVerbIsNotTheVisitsFirst() {
        assertEquals(List.of("visit 2023-03"), TestArticles.events("2023-03", "Le Vietnam et le Chili",
                "Le président Tran Van Ba et son épouse sont arrivés à Santiago le 12 mars et ont retrouvé "
                        + "leurs proches dans le centre de la capitale, entamant leur participation " + SUMMIT
                        + " et une visite d'État au Chili."));
    }

    @Test
    void aDayThatCompletesANounInAClauseWithoutVerbIsNotTheVisitsFirst() {
        assertEquals(List.of("meeting 2023-03-08", "visit 2023-03"), TestArticles.events("2023-03",
                "Le Vietnam et le Chili", "Au lendemain de sa rencontre du 8 mars avec le président chilien, entamant "
                        + "la seconde étape de sa tournée et une visite officielle au Chili, le ministre est arrivé à "
                        + "Santiago."));
    }
}
