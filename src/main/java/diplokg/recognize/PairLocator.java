package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the pair of states a fact stated at some place of a sentence is about: the home state and the state named
 * nearest in the same sentence when the sentence names the home state too; the home state and the one foreign state
 * the sentence names when that state is one of the article's partners; two foreign states when the sentence names
 * two and not the home state; else the home state and the partner the text spoke of last; else the article's own
 * pair.
 */
final class PairLocator {

    private final String home;

    PairLocator(String home) {
        this.home = home;
    }

    /** The pair of a fact at offset {@code offset} of sentence {@code sentence}, on the states and pairs found. */
    Optional<StatePair> locate(ArticleFacts facts, int sentence, int offset) {
        return locate(sentence, offset, facts.get(Contract.STATES), facts.facts(Contract.PAIRS));
    }

    private Optional<StatePair> locate(int sentence, int offset, List<Stated<String>> states, List<StatePair> pairs) {
        List<Stated<String>> inSentence = new ArrayList<>();
        for (Stated<String> mention : states) {
            if (mention.sentence() == sentence) {
                inSentence.add(mention);
            }
        }
        inSentence.sort(Comparator.comparingInt(m -> Math.abs(m.start() - offset)));
        List<String> others = inSentence.stream().map(Stated::fact).filter(c -> !c.equals(home)).distinct().toList();
        boolean homeNamed = inSentence.stream().anyMatch(m -> m.fact().equals(home));
        if (!others.isEmpty() && homeNamed) {
            return Optional.of(StatePair.of(home, others.get(0)));
        }
        // A lone foreign state that is none of the article's partners is context ("les politiques des États-Unis").
        if (others.size() == 1 && (pairs.isEmpty() || pairs.stream().anyMatch(p -> p.contains(others.get(0))))) {
            return Optional.of(StatePair.of(home, others.get(0)));
        }
        if (others.size() >= 2) {
            return Optional.of(StatePair.of(others.get(0), others.get(1)));
        }
        Optional<String> last = states.stream()
                .filter(m -> m.sentence() < sentence && !m.fact().equals(home))
                .reduce((a, b) -> b).map(Stated::fact);
        if (last.isPresent() && (pairs.isEmpty() || pairs.stream().anyMatch(p -> p.contains(last.get())))) {
            return Optional.of(StatePair.of(home, last.get()));
        }
        return pairs.isEmpty() ? last.map(code -> StatePair.of(home, code)) : Optional.of(pairs.get(0));
    }
}
