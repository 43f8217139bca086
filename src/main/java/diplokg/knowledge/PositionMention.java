package diplokg.knowledge;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A person holding a role (for a state, when the article says which) according to one article.
 *
 * @param position the position IRI, the same in every article that states it
 * @param state    the state served, or null
 */
record PositionMention(Node position, Node article, Node holder, Node role, Node state, String articleDate,
                       List<Node> sentences) implements Mention {

    PositionMention {
        sentences = List.copyOf(sentences);
    }

    @Override
    public KnowledgeKey key() {
        return KnowledgeKey.person(holder);
    }
}
