package diplokg.knowledge;

import diplokg.vocab.Dkg;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the derivation takes from the reference data (the ontology's vocabularies), for the relations alone: a change
 * of the reference graph re-derives every relation.
 *
 * @param ranks        each partnership level's {@code dkg:rank}, 1 the highest
 * @param sectorGroups each sector's {@code dkg:sectorGroup}
 */
record ReferenceFacts(Map<Node, Integer> ranks, Map<Node, Node> sectorGroups) {

    static final ReferenceFacts NONE = new ReferenceFacts(Map.of(), Map.of());

    ReferenceFacts {
        ranks = Map.copyOf(ranks);
        sectorGroups = Map.copyOf(sectorGroups);
    }

    /** The facts of the reference graph {@code reference} of {@code dataset}. */
    static ReferenceFacts read(DatasetGraph dataset, Node reference) {
        Map<Node, Integer> ranks = new HashMap<>();
        dataset.find(reference, Node.ANY, Dkg.rank.asNode(), Node.ANY).forEachRemaining(q ->
                ranks.put(q.getSubject(), Integer.parseInt(q.getObject().getLiteralLexicalForm())));
        Map<Node, Node> groups = new HashMap<>();
        dataset.find(reference, Node.ANY, Dkg.sectorGroup.asNode(), Node.ANY).forEachRemaining(q ->
                groups.put(q.getSubject(), q.getObject()));
        return new ReferenceFacts(ranks, groups);
    }
}
