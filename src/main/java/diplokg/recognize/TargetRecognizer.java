package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds quantified targets: "porter le commerce bilatéral à 10 milliards de dollars d'ici 2030".
 *
 * <p>A target needs, in one sentence, an indicator of the indicator vocabulary ("commerce bilatéral", "échanges
 * commerciaux"), an amount after it (a number, an optional magnitude "milliards", a unit "dollars", "USD", "euros")
 * and a goal cue ({@code dkg:cue} of {@code dkg:Target}: "objectif", "d'ici", "porter ... à"); without the cue, an
 * amount is a figure already reached ("ont atteint 5 milliards de dollars en 2023"), not a target. The year is the
 * first year written after the amount, when there is one.
 */
public final class TargetRecognizer implements Recognizer<Target> {

    private static final int WINDOW = 20;

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> goals;
    private final PairLocator locator;

    public TargetRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.goals = lexicon.cues(CueKind.TARGET);
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
        for (Sentence sentence : facts.source().sentences()) {
            if (goals.findAll(sentence.tokens()).isEmpty()) {
                continue;
            }
            for (PhraseMatch<Concept> indicator :
                    lexicon.vocabulary(Scheme.INDICATORS).phrases().findAll(sentence.tokens())) {
                amount(sentence, indicator.end()).ifPresent(amount -> {
                    Optional<StatePair> pair = locator.locate(facts, sentence.index(),
                            sentence.tokens().get(indicator.start()).start());
                    OptionalInt year = yearAfter(sentence.tokens(), amount.end());
                    pair.ifPresent(p -> found.putIfAbsent(p.key() + indicator.value().id() + year,
                            Evidence.words(new Target(p, indicator.value().id(), amount.value(), amount.unit(),
                                    year.isPresent() ? year.getAsInt() : null), sentence, indicator.start(),
                                    amount.end())));
                });
            }
        }
        return List.copyOf(found.values());
    }

    private record Amount(BigDecimal value, String unit, int end) {
    }

    private Optional<Amount> amount(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        for (int i = from; i < Math.min(tokens.size(), from + WINDOW); i++) {
            BigDecimal number = NumberWords.decimal(tokens.get(i));
            if (number == null || NumberWords.year(tokens.get(i)).isPresent()) {
                continue;
            }
            int j = i + 1;
            PhraseMatch<Concept> magnitude = j < tokens.size()
                    ? lexicon.vocabulary(Scheme.MAGNITUDES).phrases().matchAt(tokens, j) : null;
            if (magnitude != null) {
                number = number.multiply(new BigDecimal(magnitude.value().id()));
                j = magnitude.end();
            }
            if (j < tokens.size() && tokens.get(j).tag().startsWith("ADP")) {
                j++;
            }
            PhraseMatch<Concept> unit = j < tokens.size()
                    ? lexicon.vocabulary(Scheme.UNITS).phrases().matchAt(tokens, j) : null;
            if (unit != null) {
                return Optional.of(new Amount(number.stripTrailingZeros(), unit.value().id(), unit.end()));
            }
        }
        return Optional.empty();
    }

    private static OptionalInt yearAfter(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            OptionalInt year = NumberWords.year(tokens.get(i));
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
    }
}
