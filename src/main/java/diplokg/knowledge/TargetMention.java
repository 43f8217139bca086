package diplokg.knowledge;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A quantified goal stated for a pair.
 *
 * @param value the value literal as stored
 * @param year  the target year literal, or null when the article gives none
 */
record TargetMention(Node statement, Node article, Node relation, Node indicator, Node value, Node unit, Node year,
                     String articleDate, List<Node> sentences) implements Mention {

    TargetMention {
        sentences = List.copyOf(sentences);
    }

    @Override
    public KnowledgeKey key() {
        return KnowledgeKey.pair(relation);
    }
}
