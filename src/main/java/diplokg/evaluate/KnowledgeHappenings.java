package diplokg.evaluate;

import diplokg.store.ReadTransaction;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The happenings the knowledge graph puts extracted event mentions in: {@code ?h a dkg:Happening ; dkg:mention ?m}
 * in the named graph {@code {base}graph/knowledge}, where {@code ?m} is an article graph's {@code dkg:Event}.
 */
public final class KnowledgeHappenings {

    private KnowledgeHappenings() {
    }

    /** The happening IRI of every event mention the knowledge graph names, by the mention's IRI. */
    public static Map<String, String> read(DatasetGraph dataset, BaseIri base) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                "SELECT ?h ?m { GRAPH ?knowledge { ?h a ?happening ; ?mention ?m } }");
        query.setIri("knowledge", base.knowledgeGraph());
        query.setIri("happening", Dkg.Happening.getURI());
        query.setIri("mention", Dkg.mention.getURI());
        Map<String, String> happenings = new HashMap<>();
        ReadTransaction.execute(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query.asQuery()).build()) {
                execution.execSelect().forEachRemaining(row -> happenings.put(row.get("m").toString(),
                        row.get("h").toString()));
            }
        });
        return happenings;
    }
}
