package diplokg.knowledge;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A partnership level stated for a pair.
 *
 * @param announced   whether the article announces the level as its news (status established)
 * @param articleDate the article's date (month or day), or null
 */
record LevelMention(Node statement, Node article, Node relation, Node level, boolean announced, String articleDate,
                    List<Node> sentences) implements Mention {

    LevelMention {
        sentences = List.copyOf(sentences);
    }

    @Override
    public KnowledgeKey key() {
        return KnowledgeKey.pair(relation);
    }
}
