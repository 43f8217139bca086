package diplokg.knowledge;

import java.util.List;
import org.apache.jena.graph.Node;

/** A year of establishment of diplomatic relations stated for a pair. */
record EstablishmentMention(Node statement, Node article, Node relation, String year, String articleDate,
                            List<Node> sentences) implements Mention {

    EstablishmentMention {
        sentences = List.copyOf(sentences);
    }

    @Override
    public KnowledgeKey key() {
        return KnowledgeKey.pair(relation);
    }
}
