package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached runner answers as a fresh run would: every write to the store, whoever makes it, shows at once. */
class CachedQueryRunnerTest {

    private static final Query COUNT = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    @TempDir
    Path folder;

    @Test
    void answersFollowEveryWrite() {
        try (TdbStore store = TdbStore.open(folder)) {
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30))
                    .cached(8);
            store.bulkLoad(List.of(graph("a", 2)).iterator());
            assertEquals(2, count(runner));
            assertEquals(2, count(runner), "a repeated answer is the same and can be read again");
            store.replaceGraphs(List.of(graph("b", 3)));
            assertEquals(5, count(runner), "replaceGraphs moves the version");
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> org.apache.jena.sparql.exec.UpdateExec
                    .dataset(store.dataset())
                    .update("INSERT DATA { GRAPH <urn:g:c> { <urn:s> <urn:p> 1 } }").execute());
            assertEquals(6, count(runner), "a SPARQL Update moves the version");
            store.compact();
            assertEquals(6, count(runner), "a compacted store answers the same");
            store.removeGraphs(List.of("urn:g:a"));
            assertEquals(4, count(runner), "a write after compaction shows");
        }
    }

    private static long count(QueryRunner runner) {
        QueryResult.Rows rows = (QueryResult.Rows) runner.run(COUNT);
        long n = rows.rows().next().getLiteral("n").getLong();
        rows.rows().reset();
        assertEquals(n, rows.rows().next().getLiteral("n").getLong());
        return n;
    }

    private static NamedGraph graph(String name, int triples) {
        Graph graph = GraphFactory.createGraphMem();
        for (int i = 0; i < triples; i++) {
            graph.add(Triple.create(NodeFactory.createURI("urn:s:" + name + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(name)));
        }
        return new NamedGraph("urn:g:" + name, graph);
    }
}
