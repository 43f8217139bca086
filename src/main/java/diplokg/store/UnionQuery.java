package diplokg.store;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * Queries whose default graph is the union of the store's named graphs, as on the server
 * ({@code tdb2:unionDefaultGraph} in {@code fuseki-config.ttl}): every article graph and the reference graph. The
 * store keeps nothing in its real default graph, so this is the only default graph worth querying.
 *
 * <p>Protocol: the builder's execution reads the dataset; the caller runs it inside a read transaction
 * ({@link ReadTransaction#calculate}) and closes it. The TDB2 setting is ignored by other datasets, whose default graph
 * stays their own.
 */
public final class UnionQuery {

    private UnionQuery() {
    }

    /** An execution builder for {@code query} over {@code dataset} with the union as default graph. */
    public static QueryExecutionDatasetBuilder over(DatasetGraph dataset, Query query) {
        return builder(dataset).query(query);
    }

    /** {@link #over(DatasetGraph, Query)} for a query's text. */
    public static QueryExecutionDatasetBuilder over(DatasetGraph dataset, String query) {
        return builder(dataset).query(query);
    }

    /**
     * Makes the union the default graph of every query over {@code dataset}, whoever builds the execution (a plain
     * Fuseki server over the same dataset, for instance).
     */
    public static void makeDefault(DatasetGraph dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    private static QueryExecutionDatasetBuilder builder(DatasetGraph dataset) {
        return QueryExecution.dataset(DatasetFactory.wrap(dataset)).set(TDB2.symUnionDefaultGraph, true);
    }
}
