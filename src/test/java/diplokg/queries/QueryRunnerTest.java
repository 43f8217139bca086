package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    @Test
    void aQueryRunningPastItsTimeoutFailsWithTheTimeoutType() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 2_000; i++) {
                dataset.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s:" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i));
            }
        });
        Duration timeout = Duration.ofMillis(300);
        QueryRunner runner = new QueryRunner(new QueryTarget.Local(dataset), timeout);
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> runner.run(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")));
        assertEquals(timeout, e.timeout());
        assertEquals("query stopped after the timeout of 300 ms", e.getMessage());
    }
}
