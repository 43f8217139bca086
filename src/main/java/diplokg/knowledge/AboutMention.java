package diplokg.knowledge;

import java.util.Set;
import org.apache.jena.graph.Node;

/** An article about a relation ({@code dkg:about}), with the sectors it discusses. */
record AboutMention(Node article, Node relation, Set<Node> sectors) implements Mention {

    AboutMention {
        sectors = Set.copyOf(sectors);
    }

    @Override
    public KnowledgeKey key() {
        return KnowledgeKey.pair(relation);
    }
}
