package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import diplokg.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Test;


class DateReaderTest {

    private final DateReader recognizer = new DateReader(ProjectFiles.lexicon());

    private List<String> dates(String text, int year, int month) {
        return recognizer.recognize(ProjectFiles.nlp().sentence(text)).stream().map(d -> d.iso(year, month)).toList();
    }

    @Test
    void readsDaysMonthsAndYearsInTheirFrenchForms() {
        assertEquals(List.of("2024-11-13", "2024-08", "2019"),
                dates("le 13 novembre, en août 2024 et en 2019", 2024, 11));
    }

    @Test
    void aPartOfAMonthWrittenBeforeItIsThatMonthAndNothingWithoutOne() {
        assertEquals(List.of("2023-03", "2022-05"), dates("début mars 2023 et fin mai 2022", 2023, 9));
        assertEquals(List.of(), dates("pour mettre fin aux tensions au début des négociations", 2023, 9));
    }

    @Test
    void aDayWithoutYearTakesTheArticlesYearOrNone() {
        assertEquals(List.of("2025-06-01"), dates("le 1er juin", 2025, 6));
        assertEquals(List.of("--06-01"), dates("le 1er juin", 0, 0));
    }

    @Test
    void anOrdinalSuffixCutFromItsDayStillMakesADay() {
        assertEquals(List.of("2025-06-01"), dates("le 1 er juin, les ministres ont signé", 2025, 6));
    }

    @Test
    void lastMonthIsOfThisYearOrTheYearBefore() {
        assertEquals(List.of("2025-03"), dates("en mars dernier", 2025, 9));
        assertEquals(List.of("2024-11"), dates("en novembre dernier", 2025, 2));
    }

    @Test
    void aDayOfLastMonthWrittenInThatMonthIsOfThisYear() {
        assertEquals(List.of("2025-04-04"), dates("le 4 avril dernier", 2025, 4));
        assertEquals(List.of("2024-04"), dates("en avril dernier", 2025, 4));
    }

    @Test
    void aMonthOpeningTheSentenceIsADate() {
        assertEquals(List.of("2025-07"), dates("En juillet, il avait reçu l'ambassadrice.", 2025, 8));
    }

    @Test
    void yearsAgoCountBackFromTheArticlesYear() {
        assertEquals(List.of("2012"), dates("il y a 12 ans", 2024, 3));
        assertEquals(List.of(), dates("il y a 12 ans", 0, 0).stream().filter(d -> d != null).toList());
        assertEquals(List.of(), dates("il y a encore beaucoup à faire", 2024, 3));
    }

    @Test
    void aYearAfterDIciIsNoDate() {
        assertEquals(List.of(), dates("porter le commerce à 10 milliards d'ici 2030", 2024, 5));
    }

    @Test
    void aRangeAcrossTwoMonthsIsOneDateItsFirstDay() {
        assertEquals(List.of("2024-07-31"), dates("du 31 juillet au 3 août", 2024, 8));
        assertEquals(List.of("2024-02-28"), dates("du 28 février au 2 mars 2024", 2025, 1));
    }

    @Test
    void aRangeOverTheNewYearTakesTheYearBeforeTheEndsYear() {
        assertEquals(List.of("2023-12-30"), dates("du 30 décembre au 2 janvier 2024", 2024, 1));
    }

    @Test
    void aRangeWithinAMonthAndTwoDatesOfOneSentenceStayAsTheyWere() {
        assertEquals(List.of("2025-03-12"), dates("du 12 au 14 mars", 2025, 3));
        assertEquals(List.of("2025-03-12", "2025-04-02"), dates("le 12 mars, puis le 2 avril", 2025, 4));
    }

    @Test
    void aPartOfTheDayBeforeADayWithoutMonthGivesThatDayOfTheArticlesMonth() {
        assertEquals(List.of("2026-05-14"), dates("Dans la matinée du 14, le ministre a reçu la délégation.", 2026, 5));
    }

    @Test
    void earlierThisYearIsTheArticlesYear() {
        assertEquals(List.of("2026"), dates("Il a évoqué sa visite au Chili plus tôt cette année.", 2026, 8));
        assertEquals(List.of("2021"), dates("au début de cette année", 2021, 11));
    }

    @Test
    void anOrdinalAfterARelativeDayNumbersASessionNotADay() {
        assertEquals(List.of(0), recognizer.recognize(ProjectFiles.nlp().sentence(
                "Juste après le 14e Congrès du Parti, le président a effectué une visite en Inde.")).stream()
                .map(DateMention::day).toList());
        assertEquals(List.of("2026-05-01"), dates("Dans l'après-midi du 1er, le ministre a reçu la délégation.", 2026,
                5));
    }

    @Test
    void aPartOfTheDayBeforeADayAndItsMonthStaysRelative() {
        assertEquals(List.of("null", "2026-05-14"), dates("Dans l'après-midi du 14 mai, le ministre a reçu la "
                + "délégation.", 2026, 5).stream().map(String::valueOf).toList());
    }

    @Test
    void theMorningOfTheSameDayIsTheSameDay() {
        assertEquals(List.of(true), recognizer.recognize(ProjectFiles.nlp().sentence(
                "Le matin du même jour, le ministre a reçu la délégation.")).stream()
                .map(DateMention::relative).toList());
    }
}
