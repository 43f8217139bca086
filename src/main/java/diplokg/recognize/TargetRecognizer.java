package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.fact.Target;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds quantified targets: "porter le commerce bilatéral à 10 milliards de dollars d'ici 2030".
 *
 * <p>Each amount of a sentence (a number, an optional magnitude "milliards", a unit "dollars", "USD", "euros") is
 * read on its own. It is a goal when the nearest cue before it is a goal cue ({@code dkg:cue} of {@code dkg:Target}:
 * "objectif", "porter ... à", "viser") rather than a cue of a figure already reached ({@code dkg:recallCue}: "ont
 * atteint", "s'élevaient à", "en hausse de"), when a goal cue follows it closely ("à moyen terme", "d'ici 2030", "dans
 * les années à venir"), or when its year is later than the article's and the sentence has a goal cue. Its indicator
 * ("commerce bilatéral", "volume des échanges") is the one named nearest before it, else right after it ("10 milliards
 * de dollars d'échanges"), else, when the sentence names none ("le porter à 10 milliards"), the last one of the
 * sentence before. Its year is the first year written after it and before the next number, else a year written
 * just after a goal cue before it ("d'ici 2030, ..."), else the article's year when a {@code dkg:todayCue} of
 * {@code dkg:Target} follows it as closely as a year would ("visent 100 milliards cette année"), the year after it
 * for a {@code dkg:plannedCue} ("l'an prochain"), else null ("porter les échanges à 5 milliards de dollars", "dans
 * les cinq prochaines années").
 */
public final class TargetRecognizer implements Recognizer<Target> {

    private static final int WINDOW = 20;
    private static final int FOLLOWING = 4;
    private static final int YEAR_WINDOW = 10;

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> goals;
    private final PhraseTable<Boolean> reached;
    private final PhraseTable<Boolean> thisYear;
    private final PhraseTable<Boolean> nextYear;
    private final PairLocator locator;

    public TargetRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.goals = lexicon.cues(CueKind.TARGET);
        this.reached = lexicon.recallCues(CueKind.TARGET);
        this.thisYear = lexicon.todayCues(CueKind.TARGET);
        this.nextYear = lexicon.plannedCues(CueKind.TARGET);
        this.locator = new PairLocator(home);
    }

    @Override
    public FactKind<Target> kind() {
        return Contract.TARGETS;
    }

    /** The targets of the article, one per pair, indicator and year. */
    @Override
    public List<Stated<Target>> recognize(ArticleFacts facts) {
        Map<String, Stated<Target>> found = new LinkedHashMap<>();
        OptionalInt articleYear = facts.source().article().publicationYear();
        PhraseMatch<Concept> previous = null;
        for (Sentence sentence : facts.source().sentences()) {
            List<PhraseMatch<Concept>> indicators = indicators(sentence.tokens());
            List<PhraseMatch<Boolean>> goalCues = goals.findAll(sentence.tokens());
            if (!goalCues.isEmpty()) {
                Clause clause = new Clause(sentence, amounts(sentence.tokens()), goalCues,
                        reached.findAll(sentence.tokens()), thisYear.findAll(sentence.tokens()),
                        nextYear.findAll(sentence.tokens()), indicators, previous, articleYear);
                targets(clause, facts).forEach(t -> found.putIfAbsent(
                        t.fact().pair().key() + t.fact().indicator() + t.fact().year(), t));
            }
            previous = indicators.isEmpty() ? null : indicators.get(indicators.size() - 1);
        }
        List<Stated<Target>> targets = new ArrayList<>(found.values());
        targets.removeIf(t -> t.fact().year() == null && targets.stream().anyMatch(d -> dates(d.fact(), t.fact())));
        return List.copyOf(targets);
    }

    /**
     * Whether {@code dated} gives a year to the goal {@code yearless} states without one: the same sum of the same
     * indicator for the same pair. A title often repeats the body's goal and leaves out its year ("porter leurs
     * échanges à 20 milliards de dollars" over "... à 20 milliards de dollars d'ici 2030"): one goal, of that year.
     */
    private static boolean dates(Target dated, Target yearless) {
        return dated.year() != null && dated.pair().equals(yearless.pair())
                && dated.indicator().equals(yearless.indicator()) && dated.unit().equals(yearless.unit())
                && dated.value().compareTo(yearless.value()) == 0;
    }

    private List<PhraseMatch<Concept>> indicators(List<Token> tokens) {
        return lexicon.vocabulary(Scheme.INDICATORS).phrases().findAll(tokens);
    }

    /** A sum of money written in tokens {@code [start, end)}. */
    private record Amount(BigDecimal value, String unit, int start, int end) {
    }

    /**
     * Every amount of the sentence, left to right. A sum with a magnitude and no unit after it ("ont atteint 66
     * milliards de dollars et visent 100 milliards") takes the unit of the amount before it in the sentence: the
     * currency is left out when it repeats.
     */
    private List<Amount> amounts(List<Token> tokens) {
        List<Amount> amounts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String unit = amounts.isEmpty() ? null : amounts.get(amounts.size() - 1).unit();
            Amount amount = amountAt(tokens, i, unit);
            if (amount == null) {
                i++;
            } else {
                amounts.add(amount);
                i = amount.end();
            }
        }
        return amounts;
    }

    /** The amount at {@code i}; {@code repeated}: the unit a sum without one takes, or null when it has none. */
    private Amount amountAt(List<Token> tokens, int i, String repeated) {
        PhraseTable<Concept> magnitudes = lexicon.vocabulary(Scheme.MAGNITUDES).phrases();
        BigDecimal number = NumberWords.decimal(tokens.get(i));
        int j = i + 1;
        PhraseMatch<Concept> counted = magnitudes.matchAt(tokens, i);
        if (number == null && counted != null && counted.end() - counted.start() > 1) {
            // "un milliard de dollars": a magnitude label of two words or more writes its count.
            number = BigDecimal.ONE;
            j = i;
        } else if (number == null || NumberWords.year(tokens.get(i)).isPresent()) {
            return null;
        }
        PhraseMatch<Concept> magnitude = magnitudes.matchAt(tokens, j);
        if (magnitude != null) {
            number = number.multiply(new BigDecimal(magnitude.value().id()));
            j = magnitude.end();
        }
        int afterMagnitude = j;
        if (j < tokens.size() && tokens.get(j).tag().startsWith("ADP")) {
            j++;
        }
        PhraseMatch<Concept> unit = lexicon.vocabulary(Scheme.UNITS).phrases().matchAt(tokens, j);
        if (unit != null) {
            return new Amount(number.stripTrailingZeros(), unit.value().id(), i, unit.end());
        }
        // "100 milliards dans un avenir proche", but not "100 millions d'habitants": no noun counted after it.
        boolean counts = j > afterMagnitude && j < tokens.size() && tokens.get(j).tag().equals("NOUN");
        boolean bare = magnitude != null && repeated != null && !counts;
        return bare ? new Amount(number.stripTrailingZeros(), repeated, i, afterMagnitude) : null;
    }

    /** The targets of one sentence, one per amount that is a goal and has an indicator. */
    private List<Stated<Target>> targets(Clause clause, ArticleFacts facts) {
        List<Stated<Target>> targets = new ArrayList<>();
        Sentence sentence = clause.sentence();
        for (int k = 0; k < clause.amounts().size(); k++) {
            Amount amount = clause.amounts().get(k);
            int limit = k + 1 < clause.amounts().size() ? clause.amounts().get(k + 1).start()
                    : sentence.tokens().size();
            int from = k > 0 ? clause.amounts().get(k - 1).end() : 0;
            OptionalInt after = clause.yearAfter(amount.end(), limit);
            OptionalInt written = after.isPresent() ? after : clause.yearOfCue(from, amount.start());
            OptionalInt year = written.isPresent() ? written : clause.thisYear(amount.end(), limit);
            Optional<PhraseMatch<Concept>> indicator = clause.indicator(k);
            if (indicator.isEmpty() || !clause.isGoal(amount, limit, year)) {
                continue;
            }
            int anchor = indicator.get() == clause.previous() ? amount.start() : indicator.get().start();
            locator.locate(facts, sentence.index(), sentence.tokens().get(anchor).start()).ifPresent(pair ->
                    targets.add(Evidence.words(new Target(pair, indicator.get().value().id(), amount.value(),
                            amount.unit(), year.isPresent() ? year.getAsInt() : null), sentence,
                            Math.min(anchor, amount.start()), amount.end())));
        }
        return targets;
    }

    /**
     * The amounts, cues and indicators of one sentence ({@code previous}: the last indicator of the sentence before),
     * and what they make of each amount.
     */
    private record Clause(Sentence sentence, List<Amount> amounts, List<PhraseMatch<Boolean>> goalCues,
            List<PhraseMatch<Boolean>> reachedCues, List<PhraseMatch<Boolean>> thisYearCues,
            List<PhraseMatch<Boolean>> nextYearCues, List<PhraseMatch<Concept>> indicators,
            PhraseMatch<Concept> previous, OptionalInt articleYear) {

        /**
         * "100 milliards cette année": the article's year, said by a cue after the amount before the next one; "l'an
         * prochain" (a {@code dkg:plannedCue} of {@code dkg:Target}) is the year after it.
         */
        private OptionalInt thisYear(int from, int limit) {
            if (articleYear.isPresent() && near(nextYearCues, from, limit)) {
                return OptionalInt.of(articleYear.getAsInt() + 1);
            }
            return near(thisYearCues, from, limit) ? articleYear : OptionalInt.empty();
        }

        private static boolean near(List<PhraseMatch<Boolean>> cues, int from, int limit) {
            return cues.stream().anyMatch(c -> c.start() >= from && c.start() < Math.min(limit, from + YEAR_WINDOW));
        }

        /** The nearest cue before the amount decides; a goal cue just after it, or a future year, makes a goal. */
        private boolean isGoal(Amount amount, int limit, OptionalInt year) {
            if (goalBefore(amount.start())) {
                return true;
            }
            boolean followed = goalCues.stream().anyMatch(c -> c.start() >= amount.end()
                    && c.start() < Math.min(limit, amount.end() + FOLLOWING));
            boolean future = year.isPresent() && articleYear.isPresent()
                    && year.getAsInt() > articleYear.getAsInt();
            return followed || future;
        }

        /**
         * Whether the nearest cue before token {@code index} is a goal cue. A cue of a figure reached that holds a
         * goal cue ("pour atteindre" holds "atteindre") goes on with the verb before it: "ont augmenté de 10 % pour
         * atteindre" is a figure reached, "doubler le commerce pour atteindre" a goal.
         */
        private boolean goalBefore(int index) {
            PhraseMatch<Boolean> goal = lastBefore(goalCues, index);
            PhraseMatch<Boolean> done = lastBefore(reachedCues, index);
            if (goal != null && done != null && goal.start() >= done.start() && goal.end() <= done.end()) {
                return goalBefore(done.start());
            }
            return goal != null && (done == null || goal.end() > done.end());
        }

        /**
         * The indicator of the {@code k}th amount. A second figure of a sentence whose own indicator is too far
         * ("les échanges ont atteint 4 milliards de dollars en neuf mois et devraient atteindre 5 milliards") has
         * the first figure's: the same subject goes on.
         */
        private Optional<PhraseMatch<Concept>> indicator(int k) {
            Amount amount = amounts.get(k);
            PhraseMatch<Concept> before = indicatorBefore(amount);
            if (before == null && k > 0 && indicators.stream().noneMatch(i -> i.start() >= amounts.get(k - 1).end()
                    && i.end() <= amount.start())) {
                before = indicatorBefore(amounts.get(k - 1));
            }
            if (before != null) {
                return Optional.of(before);
            }
            Optional<PhraseMatch<Concept>> after = indicators.stream()
                    .filter(i -> i.start() >= amount.end() && i.start() <= amount.end() + 1).findFirst();
            return after.isPresent() || !indicators.isEmpty() ? after : Optional.ofNullable(previous);
        }

        private PhraseMatch<Concept> indicatorBefore(Amount amount) {
            PhraseMatch<Concept> before = null;
            for (PhraseMatch<Concept> indicator : indicators) {
                if (indicator.end() <= amount.start() && amount.start() - indicator.end() <= WINDOW) {
                    before = indicator;
                }
            }
            return before;
        }

        /** "d'ici 2030, ... 10 milliards": a year written just after a goal cue before the amount. */
        private OptionalInt yearOfCue(int from, int to) {
            for (PhraseMatch<Boolean> cue : goalCues) {
                for (int i = cue.end(); i < Math.min(to, cue.end() + 2) && cue.start() >= from; i++) {
                    OptionalInt year = NumberWords.year(sentence.tokens().get(i));
                    if (year.isPresent()) {
                        return year;
                    }
                }
            }
            return OptionalInt.empty();
        }

        private OptionalInt yearAfter(int from, int limit) {
            List<Token> tokens = sentence.tokens();
            for (int i = from; i < Math.min(limit, from + YEAR_WINDOW); i++) {
                OptionalInt year = NumberWords.year(tokens.get(i));
                if (year.isPresent()) {
                    return year;
                }
                if (NumberWords.decimal(tokens.get(i)) != null) {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.empty();
        }
    }

    private static <T> PhraseMatch<T> lastBefore(List<PhraseMatch<T>> matches, int index) {
        PhraseMatch<T> last = null;
        for (PhraseMatch<T> match : matches) {
            if (match.end() <= index) {
                last = match;
            }
        }
        return last;
    }
}
