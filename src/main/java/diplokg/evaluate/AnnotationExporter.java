package diplokg.evaluate;

import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.mapping.FactMapping;
import diplokg.mapping.FactMappings;
import diplokg.store.UnionQuery;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the contract's annotation of every article in the store, by SPARQL over the article graphs: what the JSON
 * says is what the graph says. One query per fact kind (its {@link FactMapping#select()}) over all article graphs,
 * grouped by graph in Java, so the cost does not grow with one query per article. Items are sorted by their JSON
 * text, so two exports of the same store are byte-identical.
 */
public final class AnnotationExporter {

    private static final String PREFIXES = "PREFIX dkg: <" + Dkg.NS + ">\n"
            + "PREFIX skos: <" + SKOS.getURI() + ">\n";

    private final DatasetGraph dataset;

    public AnnotationExporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The annotation of every article, by article id. */
    public Map<String, Annotation> export() {
        return Txn.calculateRead(dataset, this::exportInTransaction);
    }

    private Map<String, Annotation> exportInTransaction() {
        Map<String, Annotation.Builder> articles = new TreeMap<>();
        select("SELECT ?g ?id ?title ?month { GRAPH ?g { ?a a dkg:Article ; dkg:articleId ?id ; dkg:title ?title "
                + "OPTIONAL { ?a dkg:publicationMonth ?month } } }", row -> articles.put(graph(row),
                Annotation.builder(row.getLiteral("id").getString(),
                        row.contains("month") ? row.getLiteral("month").getLexicalForm() : null,
                        row.getLiteral("title").getString())));
        FactMappings.ALL.forEach(mapping -> export(mapping, articles));
        Map<String, Annotation> annotations = new TreeMap<>();
        articles.values().forEach(builder -> {
            Annotation annotation = builder.build();
            annotations.put(annotation.article(), annotation);
        });
        return annotations;
    }

    private <T> void export(FactMapping<T> mapping, Map<String, Annotation.Builder> articles) {
        Map<List<String>, List<QuerySolution>> items = new LinkedHashMap<>();
        select(mapping.select(), row -> items.computeIfAbsent(List.of(graph(row), row.get("item").toString()),
                k -> new ArrayList<>()).add(row));
        Map<String, List<T>> byGraph = new LinkedHashMap<>();
        items.forEach((key, rows) -> byGraph.computeIfAbsent(key.get(0), g -> new ArrayList<>())
                .add(mapping.read(rows)));
        byGraph.forEach((graph, found) -> {
            Annotation.Builder article = articles.get(graph);
            if (article != null) {
                found.sort(Comparator.comparing(AnnotationJson::item));
                article.addAll(mapping.kind(), found);
            }
        });
    }

    private void select(String query, Consumer<QuerySolution> action) {
        try (QueryExecution execution = UnionQuery.over(dataset, PREFIXES + query).build()) {
            execution.execSelect().forEachRemaining(action);
        }
    }

    private static String graph(QuerySolution row) {
        return row.getResource("g").getURI();
    }
}
