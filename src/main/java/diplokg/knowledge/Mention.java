package diplokg.knowledge;

import org.apache.jena.graph.Node;

/** A statement of one article graph that the knowledge layer is derived from. */
sealed interface Mention permits EventMention, LevelMention, EstablishmentMention, TargetMention, PositionMention,
        AboutMention {

    /** The part of the knowledge layer the mention feeds. */
    KnowledgeKey key();

    /** The article that states it. */
    Node article();
}
