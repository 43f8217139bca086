package diplokg.evaluate;

import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.fact.FactKind;
import diplokg.mapping.FactMapping;
import diplokg.mapping.FactMappings;
import diplokg.store.ReadTransaction;
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
        return ReadTransaction.calculate(dataset, this::exportInTransaction);
    }

    /**
     * The items of {@code kind} of every article, by article id, each with the IRI of the resource that states it,
     * in the order {@link #export()} lists them.
     */
    public <T> Map<String, List<StatedItem<T>>> stated(FactKind<T> kind) {
        return ReadTransaction.calculate(dataset, () -> {
            Map<String, String> ids = new TreeMap<>();
            articles().forEach((graph, builder) -> ids.put(graph, builder.build().article()));
            Map<String, List<StatedItem<T>>> byArticle = new TreeMap<>();
            items(mapping(kind)).forEach((graph, items) -> {
                String id = ids.get(graph);
                if (id != null) {
                    byArticle.put(id, items);
                }
            });
            return byArticle;
        });
    }

    private Map<String, Annotation> exportInTransaction() {
        Map<String, Annotation.Builder> articles = articles();
        FactMappings.ALL.forEach(mapping -> export(mapping, articles));
        Map<String, Annotation> annotations = new TreeMap<>();
        articles.values().forEach(builder -> {
            Annotation annotation = builder.build();
            annotations.put(annotation.article(), annotation);
        });
        return annotations;
    }

    /** Every article, by graph IRI: its id, month and title, facts to be added. */
    private Map<String, Annotation.Builder> articles() {
        Map<String, Annotation.Builder> articles = new TreeMap<>();
        select("SELECT ?g ?id ?title ?month { GRAPH ?g { ?a a dkg:Article ; dkg:articleId ?id ; dkg:title ?title "
                + "OPTIONAL { ?a dkg:publicationMonth ?month } } }", row -> articles.put(graph(row),
                Annotation.builder(row.getLiteral("id").getString(),
                        row.contains("month") ? row.getLiteral("month").getLexicalForm() : null,
                        row.getLiteral("title").getString())));
        return articles;
    }

    private <T> void export(FactMapping<T> mapping, Map<String, Annotation.Builder> articles) {
        items(mapping).forEach((graph, found) -> {
            Annotation.Builder article = articles.get(graph);
            if (article != null) {
                article.addAll(mapping.kind(), found.stream().map(StatedItem::fact).toList());
            }
        });
    }

    /** The items of one mapping, by graph IRI, each list sorted by the items' JSON text. */
    private <T> Map<String, List<StatedItem<T>>> items(FactMapping<T> mapping) {
        Map<List<String>, List<QuerySolution>> rowsByItem = new LinkedHashMap<>();
        select(mapping.select(), row -> rowsByItem.computeIfAbsent(List.of(graph(row), row.get("item").toString()),
                k -> new ArrayList<>()).add(row));
        Map<String, List<StatedItem<T>>> byGraph = new LinkedHashMap<>();
        rowsByItem.forEach((key, rows) -> byGraph.computeIfAbsent(key.get(0), g -> new ArrayList<>())
                .add(new StatedItem<>(key.get(1), mapping.read(rows))));
        byGraph.values().forEach(found -> found.sort(Comparator.comparing(item -> AnnotationJson.item(item.fact()))));
        return byGraph;
    }

    @SuppressWarnings("unchecked")
    private static <T> FactMapping<T> mapping(FactKind<T> kind) {
        return (FactMapping<T>) FactMappings.ALL.stream().filter(m -> m.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mapping for " + kind.field()));
    }

    /**
     * A fact as an article graph states it.
     *
     * @param iri  the resource that states it ({@code row.get("item")}: an IRI, or a blank node's label)
     * @param fact the fact
     */
    public record StatedItem<T>(String iri, T fact) {
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
