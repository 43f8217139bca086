package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates reach the gold as annotations.md derives them from what the text says. */
class DateSpecTest {

    private static final Optional<YearMonth> HEADER = Optional.of(YearMonth.of(2024, 11));
    private static final LocalDate DAY = LocalDate.of(2024, 11, 13);

    @Test
    void aDayWithoutYearTakesTheHeadersYearOrHasNone() {
        assertEquals("2024-11-13", DateSpec.of(DateSpec.Kind.DAY, DAY).iso(HEADER));
        assertEquals("--11-13", DateSpec.of(DateSpec.Kind.WEEKDAY, DAY).iso(Optional.empty()));
    }

    @Test
    void aRangeGivesItsFirstDay() {
        assertEquals("2024-11-13", new DateSpec(DateSpec.Kind.RANGE, DAY, DAY.plusDays(2)).iso(HEADER));
        assertEquals("--11-13", new DateSpec(DateSpec.Kind.PAIR, DAY, DAY.plusDays(1)).iso(Optional.empty()));
    }

    @Test
    void aYearOrAMonthIsKeptAtItsPrecision() {
        assertEquals("2019", DateSpec.of(DateSpec.Kind.YEAR, LocalDate.of(2019, 3, 2)).iso(HEADER));
        assertEquals("2019-03", DateSpec.of(DateSpec.Kind.MONTH_YEAR, LocalDate.of(2019, 3, 2)).iso(HEADER));
        assertEquals("2019-03-02", DateSpec.of(DateSpec.Kind.DAY_YEAR, LocalDate.of(2019, 3, 2)).iso(HEADER));
    }

    @Test
    void rendersTheFirstOfTheMonthAsFrenchWritesIt() {
        FrenchGrammar grammar = Samples.data().grammar;
        Renderer renderer = new Renderer(Samples.data(), new java.util.SplittableRandom(1), Facts.discarding());
        DateSpec first = new DateSpec(DateSpec.Kind.RANGE, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 3));
        assertEquals("du 1er au 3 mai", renderer.phrase("when.range", first.bindings(grammar)).text());
    }
}
