package diplokg.mapping;

import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import java.util.List;
import org.apache.jena.query.QuerySolution;

/**
 * How one fact kind lives in RDF, both ways: written into an article's graph, and read back from the store by
 * SPARQL (the contract asks that the annotations be produced from the store, not from the extractor). Keeping both
 * directions in one class keeps them in step: a change to the graph shape is a change here.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the kind of fact mapped
 */
public interface FactMapping<T> {

    /** The kind mapped. */
    FactKind<T> kind();

    /** Writes {@code fact}, the {@code ordinal}-th of its kind in the article, into {@code graph}. */
    void write(Stated<T> fact, int ordinal, ArticleGraph graph);

    /**
     * A SPARQL SELECT (prefixes {@code dkg:} and {@code skos:} declared) over the union of the article graphs that
     * binds {@code ?g}, the article's graph, and {@code ?item}, one node per item of this kind in that graph, with
     * the columns {@link #read} needs; an item may take several rows (one per participant, per name).
     */
    String select();

    /** The item of the rows of one {@code ?item} of one graph, in the order the query gave them. */
    T read(List<QuerySolution> rows);
}
