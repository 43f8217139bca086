package diplokg.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores event clustering pairwise: a pair of event mentions is positive when the mentions report one happening.
 * Gold pairs are those of gold mentions with the same happening id; predicted pairs those of extracted mentions the
 * knowledge graph puts in one happening. Only mentions the per-article event matching of {@link Scorer} aligned
 * count: a pair with a missed or spurious mention has no counterpart on the other side, and its errors are already
 * those of the events field. The counts come from cluster sizes (a cluster of n gives n(n-1)/2 pairs), so the cost
 * is linear in the mentions.
 */
public final class EventClustering {

    private EventClustering() {
    }

    /**
     * @param goldHappening      the happening id of every gold mention
     * @param alignment          the extracted mention (its IRI) aligned with each matched gold mention
     * @param predictedHappening the happening the knowledge graph puts each extracted mention in; a mention in none is
     *                           a happening of its own
     * @throws IllegalArgumentException when a gold mention of the alignment has no happening, or two gold mentions
     *                                  are aligned with one extracted mention
     */
    public static ClusterScore score(Map<GoldMention, String> goldHappening, Map<GoldMention, String> alignment,
                                     Map<String, String> predictedHappening) {
        Map<String, Long> gold = new HashMap<>();
        Map<String, Long> predicted = new HashMap<>();
        Map<List<String>, Long> both = new HashMap<>();
        Map<String, GoldMention> alignedTo = new HashMap<>();
        alignment.forEach((mention, extracted) -> {
            String happening = goldHappening.get(mention);
            if (happening == null) {
                throw new IllegalArgumentException("gold mention " + mention + " has no happening");
            }
            GoldMention other = alignedTo.put(extracted, mention);
            if (other != null) {
                throw new IllegalArgumentException(extracted + " is aligned with " + other + " and " + mention);
            }
            // A mention in no happening is one of its own: its IRI stands for it, unlike any happening's IRI.
            String cluster = predictedHappening.getOrDefault(extracted, "mention " + extracted);
            gold.merge(happening, 1L, Long::sum);
            predicted.merge(cluster, 1L, Long::sum);
            both.merge(List.of(happening, cluster), 1L, Long::sum);
        });
        return new ClusterScore(pairs(both), pairs(predicted), pairs(gold), alignment.size(), goldHappening.size());
    }

    private static long pairs(Map<?, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
