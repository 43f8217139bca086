package diplokg.store;

import diplokg.vocab.Dkg;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;

/**
 * What a store holds: how many articles, sentences, states named, people, positions, events and other facts, and
 * how many triples each named graph has.
 *
 * @param counts distinct resources of each kind over all graphs, in a fixed order, keyed by a camel-case name
 *               ({@code articles}, {@code statesNamed}, {@code persons} ...)
 * @param graphs triples per named graph, largest first
 */
public record StoreStatistics(Map<String, Long> counts, List<GraphStats> graphs) {

    /**
     * The kinds counted and the pattern that finds them as {@code ?x}. A resource shared by several article graphs
     * (a person, a position, a relation) counts once.
     */
    private static final Map<String, String> PATTERNS = patterns();

    public StoreStatistics {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        graphs = List.copyOf(graphs);
    }

    /** Counts what {@code store} holds; one read transaction per count, one for the graph sizes. */
    public static StoreStatistics of(TdbStore store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        PATTERNS.forEach((name, pattern) -> counts.put(name, count(store, pattern)));
        return new StoreStatistics(counts, store.graphStats());
    }

    /** Triples over all named graphs (quads of the store). */
    public long quads() {
        return graphs.stream().mapToLong(GraphStats::triples).sum();
    }

    private static long count(TdbStore store, String pattern) {
        String query = "PREFIX dkg: <" + Dkg.NS + ">\nSELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { " + pattern
                + " } }";
        return ReadTransaction.calculate(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                    .build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Map<String, String> patterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("articles", "?x a dkg:Article");
        patterns.put("sentences", "?x a dkg:Sentence");
        patterns.put("statesNamed", "?article a dkg:Article ; dkg:mentionsState ?x");
        patterns.put("relations", "?article a dkg:Article ; dkg:about ?x");
        patterns.put("persons", "?x a dkg:Person");
        patterns.put("positions", "?x a dkg:Position");
        patterns.put("events", "?x a dkg:Event");
        patterns.put("partnerships", "?x a dkg:PartnershipStatement");
        patterns.put("establishments", "?x a dkg:RelationsEstablishment");
        patterns.put("targets", "?x a dkg:Target");
        patterns.put("organizations", "?x a dkg:Organization");
        patterns.put("agreements", "?x a dkg:Agreement");
        return Collections.unmodifiableMap(patterns);
    }
}
