package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predicted happenings read back from graph/knowledge of a real TDB2 store on disk. */
class KnowledgeHappeningsTest {

    private static final BaseIri BASE = new BaseIri("http://example.org/kg/");

    @TempDir
    Path folder;

    @Test
    void readsTheHappeningOfEveryMentionInTheKnowledgeGraphOnly() {
        Node knowledge = NodeFactory.createURI(BASE.knowledgeGraph());
        Node article = NodeFactory.createURI(BASE.articleGraph("a1"));
        Node visit = NodeFactory.createURI(BASE.id("happening/1"));
        Node call = NodeFactory.createURI(BASE.id("happening/2"));
        Node stray = NodeFactory.createURI(BASE.id("happening/3"));
        Node e1 = NodeFactory.createURI(BASE.id("event/a1-0"));
        Node e2 = NodeFactory.createURI(BASE.id("event/a2-0"));
        Node e3 = NodeFactory.createURI(BASE.id("event/a2-1"));
        Node e4 = NodeFactory.createURI(BASE.id("event/a3-0"));
        Node type = RDF.type.asNode();
        Node happening = Dkg.Happening.asNode();
        Node mention = Dkg.mention.asNode();
        try (TdbStore store = TdbStore.open(folder)) {
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().add(new Quad(knowledge, visit, type, happening));
                store.dataset().add(new Quad(knowledge, visit, mention, e1));
                store.dataset().add(new Quad(knowledge, visit, mention, e2));
                store.dataset().add(new Quad(knowledge, call, type, happening));
                store.dataset().add(new Quad(knowledge, call, mention, e3));
                // Outside graph/knowledge, or not typed a happening: not a prediction.
                store.dataset().add(new Quad(article, stray, type, happening));
                store.dataset().add(new Quad(article, stray, mention, e4));
                store.dataset().add(new Quad(knowledge, stray, mention, e4));
            });
        }
        try (TdbStore store = TdbStore.open(folder)) {
            Map<String, String> read = KnowledgeHappenings.read(store.dataset(), BASE);
            assertEquals(Map.of(e1.getURI(), visit.getURI(), e2.getURI(), visit.getURI(), e3.getURI(),
                    call.getURI()), read);
        }
    }
}
