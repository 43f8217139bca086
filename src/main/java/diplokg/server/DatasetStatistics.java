package diplokg.server;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Counts over the union of the store's graphs, for the VoID description: triples, entities (IRIs under the
 * resource space that are subjects), and the class and property partitions.
 *
 * @param triples    distinct triples
 * @param entities   distinct subjects under the resource space
 * @param classes    instances per class
 * @param properties triples per property
 */
record DatasetStatistics(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties) {

    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) "
            + "{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) }";
    private static final String CLASSES = "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { ?s a ?key } GROUP BY ?key";
    private static final String PROPERTIES = "SELECT ?key (COUNT(*) AS ?n) { ?s ?key ?o } GROUP BY ?key";

    DatasetStatistics {
        classes = Map.copyOf(classes);
        properties = Map.copyOf(properties);
    }

    /** Counts the dataset {@code runner} queries; {@code uriSpace} is the prefix of the entities' IRIs. */
    static DatasetStatistics count(QueryRunner runner, String uriSpace) {
        Objects.requireNonNull(uriSpace, "uriSpace");
        Query entities = QueryTransformOps.transform(QueryFactory.create(ENTITIES),
                Map.of(Var.alloc("space"), NodeFactory.createLiteralString(uriSpace)));
        return new DatasetStatistics(count(runner, QueryFactory.create(TRIPLES)), count(runner, entities),
                partition(runner, CLASSES), partition(runner, PROPERTIES));
    }

    private static long count(QueryRunner runner, Query query) {
        ResultSetRewindable rows = ((QueryResult.Rows) runner.run(query)).rows();
        return rows.hasNext() ? rows.next().getLiteral("n").getLong() : 0;
    }

    private static Map<String, Long> partition(QueryRunner runner, String query) {
        ResultSetRewindable rows = ((QueryResult.Rows) runner.run(QueryFactory.create(query))).rows();
        Map<String, Long> counts = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.get("key").isURIResource()) {
                counts.put(row.getResource("key").getURI(), row.getLiteral("n").getLong());
            }
        }
        return counts;
    }
}
