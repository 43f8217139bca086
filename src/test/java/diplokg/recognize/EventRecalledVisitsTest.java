package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visits in the plural recalled with coordinated months or years ("deux visites en mars 2012 et en mai 2017") are one
 * visit per date; a visit in the singular stays one.
 */
class EventRecalledVisitsTest {

    @Test
    void twoVisitsWithTwoMonthsAreTwoVisits() {
        assertEquals(List.of("visit 2012-03", "visit 2017-05"), recalled(
                "La présidente chilienne Ana Soto avait effectué deux visites au Cambodge en mars 2012 et en mai "
                        + "2017."));
    }

    @Test
    void visitsWithTwoYearsAreTwoVisits() {
        assertEquals(List.of("visit 2015", "visit 2018"), recalled(
                "La présidente chilienne Ana Soto avait effectué des visites au Cambodge en 2015 et en 2018."));
    }

    @Test
    void oneVisitWithAnotherDateStaysOne() {
        assertEquals(List.of("visit 2012-03"), recalled(
                "La présidente chilienne Ana Soto avait effectué une visite au Cambodge en mars 2012 et en mai 2017."));
    }

    @Test
    void aSecondDateThatOpensAClauseOfItsOwnIsNoSecondVisit() {
        assertEquals(List.of("visit 2014", "meeting 2019"), recalled("Le président Tran Van Ba a effectué deux "
                + "visites au Chili en 2014, et en 2019 il a reçu le président chilien Pedro Soto à Hanoï."));
        assertEquals(List.of("visit 2014"), recalled("Le président Tran Van Ba, après ses visites au Chili en 2014 "
                + "et en 2019 a pris la parole."));
    }

    /** The events of an article of 2023 that recalls {@code sentence}. */
    private static List<String> recalled(String sentence) {
        return TestArticles.events("2023-10", "Le Cambodge et le Chili", sentence);
    }
}
