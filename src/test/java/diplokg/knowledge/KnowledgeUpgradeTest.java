package diplokg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.Ingester;
import diplokg.ingest.ReferenceGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose knowledge graph other rules derived (or none: loaded before the layer or without it, or restored
 * from another store's dump) derives it again when opened with the layer; one derived by the current rules is left as
 * it is.
 */
class KnowledgeUpgradeTest {

    private static final KnowledgeLayer LAYER = new KnowledgeLayer(BaseIri.DEFAULT);
    private static final Node KNOWLEDGE = NodeFactory.createURI(BaseIri.DEFAULT.knowledgeGraph());

    @TempDir
    Path folder;

    private List<Path> articles() throws IOException {
        Path dir = Files.createDirectories(folder.resolve("articles"));
        return List.of(Files.writeString(dir.resolve("a.txt"), " date 2022-05 Le président indonésien à Hanoï\n\n"
                + "Le président indonésien Joko Widodo a rencontré le 9 mai à Hanoï le président Nguyen Xuan Phuc. "
                + "Les deux dirigeants ont salué le partenariat stratégique entre les deux pays.\n"));
    }

    private Path store() {
        return folder.resolve("tdb2");
    }

    /** Loads the articles into a store that keeps no knowledge graph. */
    private void loadWithoutLayer() throws IOException {
        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        try (TdbStore tdb = TdbStore.open(store())) {
            new Ingester(pipeline, tdb, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT),
                    new IngestOptions(1, 50, true, 0), IngestListener.NONE).ingest(articles());
        }
    }

    private KnowledgeDifference openWithLayerAndCheck() {
        try (TdbStore tdb = TdbStore.open(store()).deriving(LAYER)) {
            return Txn.calculateRead(tdb.dataset(), () -> LAYER.check(tdb.dataset()));
        }
    }

    private long knowledgeTriples(Node property) {
        try (TdbStore tdb = TdbStore.open(store())) {
            return Txn.calculateRead(tdb.dataset(),
                    () -> tdb.dataset().stream(KNOWLEDGE, Node.ANY, property, Node.ANY).count());
        }
    }

    private String recordedRules() {
        try (TdbStore tdb = TdbStore.open(store())) {
            return tdb.derivedRules();
        }
    }

    @Test
    void aStoreLoadedWithoutTheLayerGetsItWhenOpenedWithIt() throws IOException {
        loadWithoutLayer();
        assertEquals(0, knowledgeTriples(Node.ANY));
        assertEquals("", recordedRules());

        KnowledgeDifference difference = openWithLayerAndCheck();

        assertTrue(difference.inStep(), difference.toString());
        assertTrue(knowledgeTriples(Dkg.participantPair.asNode()) > 0, "the meeting's pair of people is derived");
        assertEquals(LAYER.rules(), recordedRules());
    }

    @Test
    void aLayerOfOtherRulesIsDerivedAgain() throws IOException {
        TestStores.load(store(), articles());
        // What a store derived before participant pairs existed looks like.
        try (TdbStore tdb = TdbStore.open(store())) {
            Txn.executeWrite(tdb.dataset(),
                    () -> tdb.dataset().deleteAny(KNOWLEDGE, Node.ANY, Dkg.participantPair.asNode(), Node.ANY));
        }
        Files.writeString(store().resolve("derived-rules"), "knowledge-1\n");
        assertEquals(0, knowledgeTriples(Dkg.participantPair.asNode()));

        KnowledgeDifference difference = openWithLayerAndCheck();

        assertTrue(difference.inStep(), difference.toString());
        assertTrue(knowledgeTriples(Dkg.participantPair.asNode()) > 0);
        assertEquals(LAYER.rules(), recordedRules());
    }

    @Test
    void aLayerOfTheCurrentRulesIsNotDerivedAgainAtEachOpen() throws IOException {
        TestStores.load(store(), articles());
        long pairs = knowledgeTriples(Dkg.participantPair.asNode());
        try (TdbStore tdb = TdbStore.open(store())) {
            Txn.executeWrite(tdb.dataset(),
                    () -> tdb.dataset().deleteAny(KNOWLEDGE, Node.ANY, Dkg.participantPair.asNode(), Node.ANY));
        }

        KnowledgeDifference difference = openWithLayerAndCheck();

        // Out of step on purpose: only knowledge --check finds this, and --rebuild mends it.
        assertFalse(difference.inStep());
        assertEquals(pairs, difference.missing().size());
        try (TdbStore tdb = TdbStore.open(store()).deriving(LAYER)) {
            tdb.rederive();
        }
        assertTrue(openWithLayerAndCheck().inStep());
    }

    @Test
    void aLayerOfNoRecordedRulesThatIsRightKeepsItsVersion() throws IOException {
        TestStores.load(store(), articles());
        Files.delete(store().resolve("derived-rules"));
        long version;
        try (TdbStore tdb = TdbStore.open(store())) {
            version = tdb.version();
        }

        try (TdbStore tdb = TdbStore.open(store()).deriving(LAYER)) {
            assertEquals(version, tdb.version(), "a derivation that changes nothing commits nothing");
            assertEquals(LAYER.rules(), tdb.derivedRules());
        }
    }

    @Test
    void aRestoredStoreChecksItsLayerAtTheNextOpen() throws IOException {
        TestStores.load(store(), articles());
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        try (TdbStore tdb = TdbStore.open(store())) {
            Txn.executeRead(tdb.dataset(), () -> RDFDataMgr.write(dump, tdb.dataset(), Lang.NQUADS));
        }
        Path restored = folder.resolve("restored");
        try (TdbStore tdb = TdbStore.open(restored).deriving(LAYER)) {
            assertEquals(LAYER.rules(), tdb.derivedRules(), "an empty store is derived by the current rules");
            tdb.restore(new ByteArrayInputStream(dump.toByteArray()), 1);
            assertEquals("", tdb.derivedRules(), "what another store derived is not taken on trust");
        }
    }
}
