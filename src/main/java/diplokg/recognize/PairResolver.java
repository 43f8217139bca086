package diplokg.recognize;

import diplokg.nlp.AnnotatedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which bilateral relations an article is about.
 *
 * <p>The home state (Vietnam) is paired with the partners the title names; when the title names none, with the
 * partner the body names most often (several when they tie). A state named only in passing in a long article does
 * not make a pair: what an article is about is what its title and most of its sentences speak of.
 */
public final class PairResolver {

    private final String home;

    public PairResolver(String home) {
        this.home = Objects.requireNonNull(home, "home state");
    }

    /** The home state's ISO code. */
    public String home() {
        return home;
    }

    /** The pairs of {@code article}, given its state mentions. */
    public List<StatePair> resolve(AnnotatedArticle article, List<Mention> states) {
        List<String> partners = partners(states, true);
        if (partners.isEmpty()) {
            partners = partners(states, false);
        }
        List<StatePair> pairs = new ArrayList<>();
        for (String partner : partners) {
            pairs.add(StatePair.of(home, partner));
        }
        return pairs;
    }

    private List<String> partners(List<Mention> states, boolean titleOnly) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention mention : states) {
            if (!mention.value().equals(home) && (!titleOnly || mention.sentence() == 0)) {
                counts.merge(mention.value(), 1, Integer::sum);
            }
        }
        if (titleOnly) {
            return List.copyOf(counts.keySet());
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    }
}
