package diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.IsomorphicDatasets;
import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir
    Path folder;

    private Path article(String name, String text) throws IOException {
        Files.createDirectories(folder.resolve("articles"));
        return Files.writeString(folder.resolve("articles").resolve(name), text);
    }

    /** Loads the folder of {@link #article} files into the store {@code tdb2} beside it. */
    private IngestReport loadArticles() {
        return TestStores.load(folder.resolve("tdb2"), List.of(folder.resolve("articles")));
    }

    private List<String> people(Path store) {
        List<String> people = new ArrayList<>();
        try (TdbStore tdb = TdbStore.open(store)) {
            String query = "PREFIX dkg: <" + Dkg.NS + "> SELECT DISTINCT ?p { ?p a dkg:Person } ORDER BY ?p";
            Txn.executeRead(tdb.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(tdb.dataset()))
                        .query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                    execution.execSelect().forEachRemaining(r -> people.add(r.getResource("p").getURI()
                            .replaceFirst(".*/person/", "")));
                }
            });
        }
        return people;
    }

    @Test
    void onePersonNamedDifferentlyAcrossArticlesIsOneResource() throws IOException {
        article("a.txt", "Le Vietnam et la Biélorussie\n\nLe président biélorusse Loukachenko a reçu le président "
                + "Lương Cường.\n");
        article("b.txt", "Minsk et Hanoï\n\nLe président biélorusse Alexandre Loukachenko s'est entretenu avec le "
                + "président vietnamien Luong Cuong.\n");
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(folder.resolve("articles")));
        assertEquals(List.of("loukachenko", "luong-cuong"), people(store));
    }

    /**
     * Every quad of the store at {@code store} but the time of extraction, which differs from load to load, and the
     * latest of them that the store's summary keeps.
     */
    private static DatasetGraph withoutRunTime(Path store) {
        Node endedAt = NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime");
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        try (TdbStore tdb = TdbStore.open(store)) {
            Txn.executeRead(tdb.dataset(), () -> tdb.dataset().find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(endedAt) && !q.getPredicate().equals(Dkg.lastExtracted.asNode())) {
                    copy.add(q);
                }
            }));
        }
        return copy;
    }

    @Test
    void batchesExtractedAheadLoadWhatOneBatchLoads() throws IOException {
        // Names of one person spread over batches: the later spellings must find the earlier ones either way.
        article("a.txt", "Le Vietnam et la Biélorussie\n\nLe président biélorusse Loukachenko a reçu le président "
                + "Lương Cường à Hanoï.\n");
        article("b.txt", "Minsk et Hanoï\n\nLe président biélorusse Alexandre Loukachenko s'est entretenu avec le "
                + "président vietnamien Luong Cuong.\n");
        article("c.txt", "Le Vietnam et le Laos\n\nLe Premier ministre lao Sonexay Siphandone a rencontré le "
                + "Premier ministre Pham Minh Chinh.\n");
        article("d.txt", "Hanoï et Vientiane\n\nLe Premier ministre Siphandone et le Premier ministre Phạm Minh "
                + "Chính ont parlé d'énergie.\n");
        article("e.txt", "Le Vietnam et Cuba\n\nLe président Luong Cuong a reçu une délégation cubaine.\n");
        List<Path> articles = List.of(folder.resolve("articles"));
        IngestReport batched = TestStores.load(folder.resolve("batched"), articles, 2);
        IngestReport whole = TestStores.load(folder.resolve("whole"), articles, 100);
        assertEquals(5, batched.loaded());
        assertEquals(whole.quads(), batched.quads());
        IsomorphicDatasets.assertIsomorphic(withoutRunTime(folder.resolve("whole")),
                withoutRunTime(folder.resolve("batched")));
    }

    @Test
    void reloadingAnArticleKeepsItsResources() throws IOException {
        Path a = article("a.txt", "Le Vietnam et le Laos\n\nLe Premier ministre lao Sonexay Siphandone a rencontré "
                + "le Premier ministre Pham Minh Chinh.\n");
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(a));
        List<String> before = people(store);
        Files.writeString(a, Files.readString(a) + "\nLes deux parties ont parlé d'énergie.\n");
        IngestReport again = TestStores.load(store, List.of(a));
        assertEquals(1, again.loaded());
        assertEquals(before, people(store));
    }

    @Test
    void unchangedFilesAreLeftOutAlsoWhenOneStartsWithAByteOrderMark() throws IOException {
        article("plain.txt", "Le Vietnam et Cuba\n\nCuba et le Vietnam renforcent leur coopération.\n");
        article("bom.txt", "\uFEFFLe Vietnam et le Laos\n\nLe Laos et le Vietnam parlent d'énergie.\n");
        IngestReport first = loadArticles();
        IngestReport second = loadArticles();
        assertEquals(List.of(2, 0), List.of(first.loaded(), first.unchanged()));
        assertEquals(List.of(0, 2), List.of(second.loaded(), second.unchanged()));
    }

    @Test
    void aBadArticleIsReportedAndTheOthersAreLoaded() throws IOException {
        article("good.txt", "Le Vietnam et Cuba\n\nCuba et le Vietnam renforcent leur coopération.\n");
        article("bad.txt", "Un titre seul\n");
        Path store = folder.resolve("tdb2");
        IngestReport report = TestStores.load(store, List.of(folder.resolve("articles")));
        assertEquals(1, report.loaded());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).message().endsWith("bad.txt:1: a title but no body text"),
                report.failures().get(0).message());
        try (TdbStore tdb = TdbStore.open(store)) {
            assertTrue(tdb.containsGraph(BaseIri.DEFAULT.articleGraph("good")));
            assertTrue(tdb.containsGraph(BaseIri.DEFAULT.referenceGraph()));
        }
        assertTrue(ProjectFiles.ONTOLOGY.toFile().isDirectory());
    }

    @Test
    void aSecondArticleOfTheSameIdIsRejectedNamingBothFiles() throws IOException {
        Path text = article("visite.txt", "Le Vietnam et Cuba\n\nCuba et le Vietnam renforcent leur coopération.\n");
        Path page = article("visite.html", "<html><head><title>Le Vietnam et le Laos</title></head><body><p>Le Laos "
                + "et le Vietnam parlent d'énergie.</p></body></html>");
        Path store = folder.resolve("tdb2");
        IngestReport report = TestStores.load(store, List.of(folder.resolve("articles")));
        assertEquals(1, report.loaded());
        // Files load in name order: visite.html first.
        assertEquals(List.of(text + ": article id 'visite' is already that of " + page
                        + " in this load: not loaded (rename one of them)"),
                report.failures().stream().map(ArticleFailure::message).toList());
        try (TdbStore tdb = TdbStore.open(store)) {
            assertEquals(List.of("Le Vietnam et le Laos"), new ArrayList<>(tdb.graphValues(Dkg.title.getURI(),
                    List.of(BaseIri.DEFAULT.articleGraph("visite"))).values()));
        }
    }
}
