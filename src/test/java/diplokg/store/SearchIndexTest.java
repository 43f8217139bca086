package diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.TestStores;
import diplokg.vocab.Dkg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index of a real TDB2 store on disk, through every way the store is written. */
class SearchIndexTest {

    private static final String ARTICLE = "http://example.org/article/a1";
    private static final String GRAPH = "http://example.org/graph/a1";
    private static final String OTHER_GRAPH = "http://example.org/graph/a2";

    @TempDir
    Path folder;

    /** An article graph with a title and one sentence per text. */
    private static NamedGraph article(String graphIri, String article, String title, String... sentences) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node subject = NodeFactory.createURI(article);
        graph.add(Triple.create(subject, RDF.type.asNode(), Dkg.Article.asNode()));
        graph.add(Triple.create(subject, Dkg.title.asNode(), NodeFactory.createLiteralLang(title, "fr")));
        for (int i = 0; i < sentences.length; i++) {
            Node sentence = NodeFactory.createURI(article + "/s" + i);
            graph.add(Triple.create(sentence, Dkg.text.asNode(), NodeFactory.createLiteralString(sentences[i])));
            graph.add(Triple.create(sentence, Dkg.inArticle.asNode(), subject));
        }
        return new NamedGraph(graphIri, graph);
    }

    /** The subjects {@code text:query} finds for {@code words} in titles and sentences, sorted. */
    private static List<String> search(TdbStore store, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX dkg: <" + Dkg.NS + ">"
                + " SELECT ?hit { ?hit text:query (dkg:title dkg:text \"" + words + "\") } ORDER BY ?hit";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = UnionQuery.over(store.dataset(), query).build()) {
                List<String> hits = new ArrayList<>();
                ResultSet rows = exec.execSelect();
                rows.forEachRemaining(row -> hits.add(row.getResource("hit").getURI()));
                return hits;
            }
        });
    }

    @Test
    void findsTitlesAndSentencesReplacedThroughTheStore() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Les accords de coopération",
                    "Hanoï salue l'investissement japonais.")));
            assertEquals(List.of(ARTICLE), search(store, "cooperation accord"));
            assertEquals(List.of(ARTICLE + "/s0"), search(store, "investissements hanoi"));
        }
    }

    @Test
    void aReopenedStoreOpensItsIndexOnlyWhenSearched() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Les accords de coopération")));
        }
        try (TdbStore store = TdbStore.open(folder)) {
            LazyTextIndex index = (LazyTextIndex) ((DatasetGraphText) SearchIndex.over(store.unindexedDataset(),
                    folder)).getTextIndex();
            long titles = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution exec = UnionQuery.over(store.dataset(),
                        "SELECT (COUNT(*) AS ?n) { ?s <" + Dkg.title.getURI() + "> ?o }").build()) {
                    return exec.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, titles);
            assertFalse(index.isOpen(), "a query that does not search left the index closed");
            assertEquals(List.of(ARTICLE), search(store, "accords"));
            assertTrue(index.isOpen());
        }
    }

    @Test
    void replacingAnArticleDropsItsOldTextsFromTheIndex() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Un titre", "La sécurité maritime est discutée.")));
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Un titre", "Le commerce bilatéral progresse.")));
            assertEquals(List.of(), search(store, "securite"));
            assertEquals(List.of(ARTICLE + "/s0"), search(store, "commerce"));
            // The same title written again is indexed once, not twice.
            assertEquals(List.of(ARTICLE), search(store, "titre"));
        }
    }

    @Test
    void removingAGraphRemovesOnlyItsTexts() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Défense", "La défense est discutée."),
                    article(OTHER_GRAPH, "http://example.org/article/a2", "Défense et sécurité")));
            store.removeGraphs(List.of(GRAPH));
            assertEquals(List.of("http://example.org/article/a2"), search(store, "défense"));
        }
    }

    @Test
    void anAbortedWriteLeavesTheIndexAsItWas() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Énergie")));
            List<NamedGraph> failing = new ArrayList<>(List.of(article(GRAPH, ARTICLE, "Agriculture")));
            failing.add(null);
            assertThrows(RuntimeException.class, () -> store.replaceGraphs(failing));
            assertEquals(List.of(ARTICLE), search(store, "energie"));
            assertEquals(List.of(), search(store, "agriculture"));
        }
    }

    @Test
    void bulkLoadIntoAnEmptyStoreIndexesWhatItLoaded() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.bulkLoad(List.of(article(GRAPH, ARTICLE, "Tourisme", "Les touristes vietnamiens affluent."))
                    .iterator());
            assertEquals(List.of(ARTICLE), search(store, "tourisme"));
            assertEquals(List.of(ARTICLE + "/s0"), search(store, "touriste"));
        }
    }

    @Test
    void theIndexOutlivesTheProcessAndCompaction() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Éducation")));
            store.compact();
            // Writes after a compaction go to the new generation and still reach the index.
            store.replaceGraphs(List.of(article(OTHER_GRAPH, "http://example.org/article/a2", "Éducation")));
        }
        try (TdbStore store = TdbStore.open(folder)) {
            assertEquals(List.of(ARTICLE, "http://example.org/article/a2"), search(store, "education"));
        }
    }

    @Test
    void aStoreWithoutItsIndexFolderGetsItBuiltWhenOpened() throws IOException {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Santé", "La santé publique.", "Le vaccin.")));
        }
        TestStores.deleteTree(folder.resolve(SearchIndex.FOLDER));
        try (TdbStore store = TdbStore.open(folder)) {
            assertEquals(List.of(ARTICLE, ARTICLE + "/s0"), search(store, "sante"));
        }
    }

    @Test
    void reindexRebuildsADamagedIndexFromTheStore() throws IOException {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Santé", "La santé publique.", "Le vaccin.")));
        }
        // The folder stays, its files are lost: the store cannot tell, reindex must repair.
        TestStores.deleteTree(folder.resolve(SearchIndex.FOLDER));
        Files.createDirectory(folder.resolve(SearchIndex.FOLDER));
        try (TdbStore store = TdbStore.open(folder)) {
            assertEquals(List.of(), search(store, "sante"));
            assertEquals(3, store.reindex());
            assertEquals(List.of(ARTICLE, ARTICLE + "/s0"), search(store, "sante"));
            assertEquals(3, store.reindex(), "a second rebuild replaces the first, it does not add to it");
            assertEquals(List.of(ARTICLE + "/s1"), search(store, "vaccins"));
        }
    }

    @Test
    void theIndexFolderSitsInTheStoreFolder() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(article(GRAPH, ARTICLE, "Culture")));
        }
        assertTrue(Files.isDirectory(folder.resolve(SearchIndex.FOLDER)));
    }
}
