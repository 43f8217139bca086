package diplokg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge graph a real store keeps through bulk load, incremental load, replacement and removal equals a
 * derivation from scratch, and reports one visit told by two articles as one happening.
 */
class KnowledgeInStepTest {

    private static final KnowledgeLayer LAYER = new KnowledgeLayer(BaseIri.DEFAULT);

    @TempDir
    Path folder;

    private Path article(String name, String text) throws IOException {
        Files.createDirectories(folder.resolve("articles"));
        return Files.writeString(folder.resolve("articles").resolve(name), text);
    }

    private Path visitByDay() throws IOException {
        return article("a.txt", " date 2024-03 Le Premier ministre japonais en visite officielle au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué le 12 mars une visite officielle au Vietnam, "
                + "où il a rencontré le Premier ministre Pham Minh Chinh à Hanoï.\n\n"
                + "Les deux pays entretiennent un partenariat stratégique intégral.\n");
    }

    private Path visitByMonth() throws IOException {
        return article("b.txt", " date 2024-03 Coopération Vietnam - Japon\n\n"
                + "Lors de la visite officielle au Vietnam en mars du Premier ministre japonais Kishida Fumio, "
                + "les deux parties ont convenu de porter les échanges commerciaux à 60 milliards de dollars "
                + "d'ici 2030.\n");
    }

    private Path establishment() throws IOException {
        return article("c.txt", " date 2023-09 Cinquante ans de relations Vietnam - Japon\n\n"
                + "Le Vietnam et le Japon ont établi leurs relations diplomatiques en 1973 et les ont élevées en "
                + "septembre 2023 au rang de partenariat stratégique intégral.\n");
    }

    /** The visit of {@link #visitByDay()} in an article without a date: "le 12 mars" has no year. */
    private Path visitWithoutYear() throws IOException {
        return article("d.txt", "Visite du Premier ministre japonais au Vietnam\n\n"
                + "Le 12 mars, le Premier ministre japonais Kishida Fumio a effectué une visite officielle au "
                + "Vietnam, la première depuis sa prise de fonctions.\n");
    }

    private static KnowledgeDifference check(Path store) {
        try (TdbStore tdb = TdbStore.open(store)) {
            return Txn.calculateRead(tdb.dataset(), () -> LAYER.check(tdb.dataset()));
        }
    }

    private static Graph stored(Path store) {
        try (TdbStore tdb = TdbStore.open(store)) {
            return Txn.calculateRead(tdb.dataset(), () -> {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                tdb.dataset().getGraph(LAYER.graphName()).find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private static List<Node> happenings(Graph knowledge, String type) {
        Node typeNode = NodeFactory.createURI(BaseIri.DEFAULT.id("event-type/" + type));
        List<Node> found = new ArrayList<>();
        knowledge.find(Node.ANY, Dkg.eventType.asNode(), typeNode).forEachRemaining(t -> found.add(t.getSubject()));
        return found;
    }

    private static Set<String> values(Graph graph, Node subject, org.apache.jena.rdf.model.Property property) {
        Set<String> values = new TreeSet<>();
        graph.find(subject, property.asNode(), Node.ANY).forEachRemaining(t -> values.add(
                t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI()));
        return values;
    }

    @Test
    void aVisitToldByTwoArticlesIsOneHappeningAfterABulkLoad() throws IOException {
        visitByDay();
        visitByMonth();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(folder.resolve("articles")));
        assertTrue(check(store).inStep(), () -> check(store).toString());
        Graph knowledge = stored(store);
        List<Node> visits = happenings(knowledge, "visit");
        assertEquals(1, visits.size(), () -> "visits: " + visits);
        assertEquals(Set.of("2"), values(knowledge, visits.get(0), Dkg.articleCount));
        assertEquals(Set.of("2024-03-12"), values(knowledge, visits.get(0), Dkg.date));
    }

    @Test
    void incrementalLoadsReplacementsAndRemovalsKeepTheGraphEqualToADerivationFromScratch() throws IOException {
        Path a = visitByDay();
        Path b = visitByMonth();
        Path c = establishment();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(a));
        TestStores.load(store, List.of(b));
        assertTrue(check(store).inStep(), () -> check(store).toString());
        TestStores.load(store, List.of(c));
        assertTrue(check(store).inStep(), () -> check(store).toString());

        Path bulk = folder.resolve("bulk");
        TestStores.load(bulk, List.of(folder.resolve("articles")));
        assertEquals(triples(stored(bulk)), triples(stored(store)), "one by one and all at once give one graph");

        Files.writeString(b, Files.readString(b).replace("60 milliards", "80 milliards"));
        TestStores.load(store, List.of(b));
        assertTrue(check(store).inStep(), () -> check(store).toString());
        assertTrue(triples(stored(store)).stream().anyMatch(t -> t.contains("80000000000")),
                "the replaced article's new target is known");
        assertTrue(triples(stored(store)).stream().noneMatch(t -> t.contains("60000000000")),
                "its old target is gone");

        try (TdbStore tdb = TdbStore.open(store).deriving(LAYER)) {
            tdb.removeGraphs(List.of(BaseIri.DEFAULT.articleGraph("a")));
        }
        assertTrue(check(store).inStep(), () -> check(store).toString());
        Graph knowledge = stored(store);
        List<Node> visits = happenings(knowledge, "visit");
        assertEquals(1, visits.size(), () -> "visits: " + visits);
        assertEquals(Set.of("1"), values(knowledge, visits.get(0), Dkg.articleCount), "article a is gone");
    }

    @Test
    void aVisitWithoutItsYearJoinsTheDatedVisitWhenThatArrivesAndLeavesItWhenThatGoes() throws IOException {
        Path undated = visitWithoutYear();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(undated));
        assertEquals(Set.of("--03-12"), values(stored(store), happenings(stored(store), "visit").get(0), Dkg.date));

        Path dated = visitByDay();
        TestStores.load(store, List.of(dated));
        assertTrue(check(store).inStep(), () -> check(store).toString());
        List<Node> visits = happenings(stored(store), "visit");
        assertEquals(1, visits.size(), () -> "visits: " + visits);
        assertEquals(Set.of("2"), values(stored(store), visits.get(0), Dkg.articleCount));
        assertEquals(Set.of("2024-03-12"), values(stored(store), visits.get(0), Dkg.date));

        try (TdbStore tdb = TdbStore.open(store).deriving(LAYER)) {
            tdb.removeGraphs(List.of(BaseIri.DEFAULT.articleGraph("a")));
        }
        assertTrue(check(store).inStep(), () -> check(store).toString());
        List<Node> left = happenings(stored(store), "visit");
        assertEquals(1, left.size(), () -> "visits: " + left);
        assertEquals(Set.of("--03-12"), values(stored(store), left.get(0), Dkg.date));
    }

    /** The visit of {@link #visitByDay()} in an article without a date that gives the visit none either. */
    private Path visitWithoutDate() throws IOException {
        return article("u.txt", "Le Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué une visite officielle au Vietnam, "
                + "où il a rencontré le Premier ministre Pham Minh Chinh.\n");
    }

    /** Another visit of the same Prime Minister, a year later. */
    private Path laterVisit() throws IOException {
        return article("e.txt", " date 2025-05 Nouvelle visite du Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué le 6 mai une visite officielle au Vietnam, "
                + "où il a rencontré le Premier ministre Pham Minh Chinh.\n");
    }

    private static void assertInStep(Path store) {
        assertTrue(check(store).inStep(), () -> check(store).toString());
    }

    private static void remove(Path store, String article) {
        try (TdbStore tdb = TdbStore.open(store).deriving(LAYER)) {
            tdb.removeGraphs(List.of(BaseIri.DEFAULT.articleGraph(article)));
        }
    }

    @Test
    void anUndatedVisitJoinsTheOneVisitItFitsAndLeavesItWhenASecondOneMakesItAmbiguous() throws IOException {
        Path undated = visitWithoutDate();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(undated));
        assertInStep(store);
        assertEquals(1, happenings(stored(store), "visit").size());

        TestStores.load(store, List.of(visitByDay()));
        assertInStep(store);
        List<Node> joined = happenings(stored(store), "visit");
        assertEquals(1, joined.size(), () -> "visits: " + joined);
        assertEquals(Set.of("2"), values(stored(store), joined.get(0), Dkg.articleCount));
        assertEquals(Set.of("2024-03-12"), values(stored(store), joined.get(0), Dkg.date));

        Path later = laterVisit();
        TestStores.load(store, List.of(later));
        assertInStep(store);
        assertEquals(3, happenings(stored(store), "visit").size(), "two visits it fits: it joins neither");

        remove(store, "e");
        assertInStep(store);
        assertEquals(1, happenings(stored(store), "visit").size(), "one visit again: it joins it again");

        Files.writeString(undated, Files.readString(undated).replace("Kishida Fumio", "Ishiba Shigeru"));
        TestStores.load(store, List.of(undated));
        assertInStep(store);
        assertEquals(2, happenings(stored(store), "visit").size(), "another person: it leaves the visit");

        Files.writeString(undated, Files.readString(undated).replace("Ishiba Shigeru", "Kishida Fumio"));
        TestStores.load(store, List.of(undated));
        TestStores.load(store, List.of(later));
        assertInStep(store);
        Path bulk = folder.resolve("bulk");
        TestStores.load(bulk, List.of(folder.resolve("articles")));
        assertEquals(triples(stored(bulk)), triples(stored(store)), "one by one and all at once give one graph");

        remove(store, "a");
        assertInStep(store);
        List<Node> left = happenings(stored(store), "visit");
        assertEquals(1, left.size(), () -> "the undated visit joins the later one: " + left);
        assertEquals(Set.of("2025-05-06"), values(stored(store), left.get(0), Dkg.date));
        remove(store, "u");
        assertInStep(store);
        assertEquals(Set.of("1"), values(stored(store), happenings(stored(store), "visit").get(0), Dkg.articleCount));
    }

    /**
     * A write that decides one undated report again re-derives the happening that report held; another undated report
     * that happening holds, naming nobody the write names, stays in it.
     */
    @Test
    void anUndatedReportNamingNobodyTheWriteNamesStaysInTheHappeningAnotherUndatedReportMakesItReDerive()
            throws IOException {
        article("h.txt", " date 2024-03 Visite du Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio et la ministre japonaise des Affaires étrangères "
                + "Kamikawa Yoko ont effectué le 12 mars une visite officielle au Vietnam.\n");
        article("u1.txt", "La ministre japonaise au Vietnam\n\n"
                + "La ministre japonaise des Affaires étrangères Kamikawa Yoko a effectué une visite officielle au "
                + "Vietnam.\n");
        article("u2.txt", "Le Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué une visite officielle au Vietnam.\n");
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(folder.resolve("articles")));
        List<Node> visits = happenings(stored(store), "visit");
        assertEquals(1, visits.size(), () -> "both undated visits join the dated one: " + visits);
        assertEquals(Set.of("3"), values(stored(store), visits.get(0), Dkg.articleCount));

        // A call naming the Prime Minister alone: his undated visit is decided again, the minister's is not.
        TestStores.load(store, List.of(article("c.txt", " date 2024-06 Entretien téléphonique Vietnam - Japon\n\n"
                + "Le 5 juin, le Premier ministre Pham Minh Chinh a eu un entretien téléphonique avec le Premier "
                + "ministre japonais Kishida Fumio.\n")));
        assertInStep(store);
        List<Node> after = happenings(stored(store), "visit");
        assertEquals(1, after.size(), () -> "visits: " + after);
        assertEquals(Set.of("3"), values(stored(store), after.get(0), Dkg.articleCount));
    }

    /** The same reports through adds, removals and replacements: in step after every write. */
    @Test
    void undatedReportsOfOneHappeningStayInStepThroughAddsRemovalsAndReplacements() throws IOException {
        Path h = article("h.txt", " date 2024-03 Visite du Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio et la ministre japonaise des Affaires étrangères "
                + "Kamikawa Yoko ont effectué le 12 mars une visite officielle au Vietnam.\n");
        Path u1 = article("u1.txt", "La ministre japonaise au Vietnam\n\n"
                + "La ministre japonaise des Affaires étrangères Kamikawa Yoko a effectué une visite officielle au "
                + "Vietnam.\n");
        Path u2 = article("u2.txt", "Le Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué une visite officielle au Vietnam.\n");
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(h, u1, u2));
        assertInStep(store);
        Path c = article("c.txt", " date 2024-06 Entretien téléphonique Vietnam - Japon\n\n"
                + "Le 5 juin, le Premier ministre Pham Minh Chinh a eu un entretien téléphonique avec le Premier "
                + "ministre japonais Kishida Fumio.\n");
        TestStores.load(store, List.of(c));
        assertInStep(store);
        // A later visit of Kishida alone: u2 becomes ambiguous and leaves; u1 (Kamikawa) is kept.
        Path k = article("k.txt", " date 2025-05 Nouvelle visite du Premier ministre japonais au Vietnam\n\n"
                + "Le Premier ministre japonais Kishida Fumio a effectué le 6 mai une visite officielle au "
                + "Vietnam.\n");
        TestStores.load(store, List.of(k));
        assertInStep(store);
        remove(store, "k");
        assertInStep(store);
        // u2 replaced by a text naming the minister: two undated reports of the minister.
        Files.writeString(u2, Files.readString(u2).replace("Le Premier ministre japonais Kishida Fumio",
                "La ministre japonaise des Affaires étrangères Kamikawa Yoko"));
        TestStores.load(store, List.of(u2));
        assertInStep(store);
        TestStores.load(store, List.of(k, c));
        assertInStep(store);
        remove(store, "c");
        assertInStep(store);
        remove(store, "h");
        assertInStep(store);
        TestStores.load(store, List.of(h));
        assertInStep(store);
        Files.writeString(u1, Files.readString(u1).replace("Kamikawa Yoko", "Kamikawa Yoko et le Premier "
                + "ministre japonais Kishida Fumio"));
        TestStores.load(store, List.of(u1));
        assertInStep(store);
        remove(store, "u2");
        assertInStep(store);
        Path bulk = folder.resolve("bulk");
        TestStores.load(bulk, List.of(h, u1, k));
        assertEquals(triples(stored(bulk)), triples(stored(store)));
    }

    @Test
    void anUndatedVisitLoadedAfterTheDatedOneJoinsItAsInABulkLoad() throws IOException {
        Path dated = visitByDay();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(dated));
        TestStores.load(store, List.of(visitWithoutDate()));
        assertInStep(store);
        assertEquals(1, happenings(stored(store), "visit").size());
        Path bulk = folder.resolve("bulk");
        TestStores.load(bulk, List.of(folder.resolve("articles")));
        assertEquals(triples(stored(bulk)), triples(stored(store)));
        remove(store, "a");
        assertInStep(store);
        assertEquals(1, happenings(stored(store), "visit").size());
    }

    @Test
    void anUndatedVisitReplacedByOneDatedByADayWithoutAYearKeepsItsHappening() throws IOException {
        Path undated = visitWithoutDate();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(undated));
        Files.writeString(undated, Files.readString(undated).replace("a effectué une", "a effectué le 12 mars une"));
        TestStores.load(store, List.of(undated));
        assertInStep(store);
        List<Node> visits = happenings(stored(store), "visit");
        assertEquals(1, visits.size(), () -> "visits: " + visits);
        assertEquals(Set.of("--03-12"), values(stored(store), visits.get(0), Dkg.date),
                "named after its mention under both keys: removing the old key does not remove it");
    }

    @Test
    void checkNamesWhatDiffers() throws IOException {
        visitByDay();
        Path store = folder.resolve("tdb2");
        TestStores.load(store, List.of(folder.resolve("articles")));
        Node stray = NodeFactory.createURI(BaseIri.DEFAULT.id("happening/stray"));
        try (TdbStore tdb = TdbStore.open(store)) {
            Txn.executeWrite(tdb.dataset(), () -> tdb.dataset().add(LAYER.graphName(), stray,
                    Dkg.articleCount.asNode(), NodeFactory.createLiteralString("9")));
        }
        KnowledgeDifference difference = check(store);
        assertEquals(List.of(), difference.missing());
        assertEquals(1, difference.unexpected().size());
        assertEquals(stray, difference.unexpected().get(0).getSubject());
    }

    @Test
    void incompleteStatementsWrittenByHandNeitherFailTheWriteNorFeedTheLayer() {
        Path store = folder.resolve("tdb2");
        Node graph = NodeFactory.createURI(BaseIri.DEFAULT.articleGraph("hand"));
        Node article = NodeFactory.createURI(BaseIri.DEFAULT.id("article/hand"));
        Graph written = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node statement = NodeFactory.createURI(BaseIri.DEFAULT.id("partnership/hand-0"));
        Node event = NodeFactory.createURI(BaseIri.DEFAULT.id("event/hand-0"));
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        written.add(org.apache.jena.graph.Triple.create(statement, type, Dkg.PartnershipStatement.asNode()));
        written.add(org.apache.jena.graph.Triple.create(statement, Dkg.statedIn.asNode(), article));
        written.add(org.apache.jena.graph.Triple.create(event, type, Dkg.Event.asNode()));
        written.add(org.apache.jena.graph.Triple.create(event, Dkg.date.asNode(),
                NodeFactory.createLiteralString("2024-11-13")));
        try (TdbStore tdb = TdbStore.open(store).deriving(LAYER)) {
            tdb.replaceGraphs(List.of(new diplokg.store.NamedGraph(graph.getURI(), written)));
        }
        assertTrue(check(store).inStep(), () -> check(store).toString());
        assertEquals(0, stored(store).size(), "a level without pair and level, an event without type: no knowledge");
    }

    @Test
    void generatedArticlesAddedBatchByBatchKeepTheGraphEqualToADerivationFromScratch() throws IOException {
        Path corpus = folder.resolve("corpus");
        new CorpusGenerator(GeneratorData.load(ProjectFiles.ONTOLOGY), 0.5).write(corpus, 120, 13, 2);
        List<Path> articles;
        try (Stream<Path> files = Files.list(corpus.resolve("articles"))) {
            articles = files.sorted().toList();
        }
        Path store = folder.resolve("tdb2");
        TestStores.load(store, articles.subList(0, 60));
        for (int from = 60; from < articles.size(); from += 20) {
            TestStores.load(store, articles.subList(from, from + 20));
            assertInStep(store);
        }
        Path bulk = folder.resolve("bulk");
        TestStores.load(bulk, articles);
        assertEquals(triples(stored(bulk)), triples(stored(store)), "batch by batch and all at once give one graph");
        // Else the batches never moved a day without a year into a dated happening, which the check is for.
        try (TdbStore tdb = TdbStore.open(store)) {
            String lent = "PREFIX dkg: <" + Dkg.NS + "> ASK { GRAPH ?article { ?mention dkg:date ?day "
                    + "FILTER(STRSTARTS(STR(?day), \"--\")) } GRAPH <" + LAYER.graphName().getURI() + "> { "
                    + "?happening dkg:mention ?mention ; dkg:knowledgeKey ?key FILTER(!CONTAINS(?key, \"--\")) } }";
            assertTrue(Txn.calculateRead(tdb.dataset(), () -> QueryExec.dataset(tdb.dataset()).query(lent).ask()));
        }
    }

    /**
     * The triples of {@code graph} as text, but the time of the last extraction: two stores compared here extracted
     * their articles at other moments, and everything else they derive must be equal.
     */
    private static Set<String> triples(Graph graph) {
        Set<String> triples = new TreeSet<>();
        graph.find().filterDrop(t -> t.getPredicate().equals(Dkg.lastExtracted.asNode()))
                .forEachRemaining(t -> triples.add(t.toString()));
        return triples;
    }
}
