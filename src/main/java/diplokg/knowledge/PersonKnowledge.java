package diplokg.knowledge;

import diplokg.vocab.Dkg;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * Positions over time: for each position of a person (role, and state when known), the first and last dates at which
 * articles attest it, with the articles and sentences. Dates are the articles' (month, or day when known); an
 * undated article supports a position without moving its dates.
 */
final class PersonKnowledge {

    void derive(List<Mention> mentions, KnowledgeOut out) {
        Map<Node, List<PositionMention>> byPosition = mentions.stream()
                .map(PositionMention.class::cast)
                .collect(Collectors.groupingBy(PositionMention::position,
                        () -> new TreeMap<>(KnowledgeOut.NODE_ORDER), Collectors.toList()));
        byPosition.forEach((position, stated) -> {
                        out.extend(position);
            List<String> dates = stated.stream().map(PositionMention::articleDate).filter(d -> d != null).sorted()
                    .toList();
            if (!dates.isEmpty()) {
                out.add(position, Dkg.firstAttested, ArticleDate.literal(dates.get(0)));
                out.add(position, Dkg.lastAttested, ArticleDate.literal(dates.get(dates.size() - 1)));
            }
            out.attest(position, stated.stream().map(PositionMention::article).toList(),
                    KnowledgeOut.flat(stated.stream().map(PositionMention::sentences).toList()));
        });
    }
}
