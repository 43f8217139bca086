package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import java.util.List;
import org.apache.jena.graph.Graph;

/** Derives the resources of one key from its mentions, by the rules of the key's kind. */
final class KnowledgeDeriver {

    private final RelationKnowledge relations;
    private final PersonKnowledge people = new PersonKnowledge();
    private final HappeningKnowledge happenings;

    KnowledgeDeriver(BaseIri base, ReferenceFacts facts) {
        this.relations = new RelationKnowledge(facts);
        this.happenings = new HappeningKnowledge(base.id("happening/"), base.id("happenings/"), base.id("state/"));
    }

    void derive(KnowledgeKey key, List<Mention> mentions, Graph into) {
        if (mentions.isEmpty()) {
            return;
        }
        KnowledgeOut out = new KnowledgeOut(into, key);
        switch (key.kind()) {
            case PAIR -> relations.derive(key.node(), mentions, out);
            case PERSON -> people.derive(mentions, out);
            case EVENTS, UNDATED_EVENTS -> happenings.derive(key, mentions, out);
            default -> throw new IllegalStateException("no rules for " + key);
        }
    }
}
