package diplokg.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date as an article states it: which form ("le 13 mai", "du 10 au 12 avril", "en 2019") and the true dates.
 *
 * @param kind  the form
 * @param start the (first) day; for a month or a year only its month or year counts
 * @param end   the last day of a range or pair, else {@code start}
 */
record DateSpec(Kind kind, LocalDate start, LocalDate end) {

    /** The forms of {@code templates.txt}'s {@code when.*} sections. */
    enum Kind {
        DAY("when.day"), WEEKDAY("when.weekday"), DAY_YEAR("when.dayyear"), RANGE("when.range"),
        PAIR("when.pair"), MONTH_YEAR("when.month"), YEAR("when.year");

        private final String templates;

        Kind(String templates) {
            this.templates = templates;
        }

        String templates() {
            return templates;
        }
    }

    static DateSpec of(Kind kind, LocalDate day) {
        return new DateSpec(kind, day, day);
    }

    /** Whether the text gives the day (so "du {day}" can be written). */
    boolean hasDay() {
        return kind == Kind.DAY || kind == Kind.WEEKDAY || kind == Kind.DAY_YEAR;
    }

    /** The frames of the bare day ("26 mars", "26 mars 2023"). */
    String dayTemplates() {
        return kind == Kind.DAY_YEAR ? "day.year" : "day";
    }

    /**
     * The ISO date the contract derives from this form: a day without year takes the header's year, or is
     * {@code --MM-DD} without header; a range gives its first day.
     */
    String iso(Optional<YearMonth> header) {
        return switch (kind) {
            case DAY_YEAR -> start.toString();
            case MONTH_YEAR -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
            default -> header.map(h -> String.format("%d-%02d-%02d", h.getYear(), start.getMonthValue(),
                    start.getDayOfMonth())).orElse(String.format("--%02d-%02d", start.getMonthValue(),
                    start.getDayOfMonth()));
        };
    }

    /** The slots of the date frames: day, last day, month, year, weekday. */
    Bindings bindings(FrenchGrammar grammar) {
        return new Bindings()
                .put("d", TextBinding.of(grammar.day(start.getDayOfMonth())))
                .put("d2", TextBinding.of(grammar.day(end.getDayOfMonth())))
                .put("m", TextBinding.of(grammar.month(start.getMonthValue())))
                .put("y", TextBinding.of(Integer.toString(start.getYear())))
                .put("wd", TextBinding.of(grammar.weekday(start.getDayOfWeek())));
    }
}
