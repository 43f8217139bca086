package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE_STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.articleGraph;
import static diplokg.knowledge.KnowledgeFixture.date;
import static diplokg.knowledge.KnowledgeFixture.flag;
import static diplokg.knowledge.KnowledgeFixture.gYearMonth;
import static diplokg.knowledge.KnowledgeFixture.happening;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.integer;
import static diplokg.knowledge.KnowledgeFixture.object;
import static diplokg.knowledge.KnowledgeFixture.objects;
import static diplokg.knowledge.KnowledgeFixture.ofType;
import static diplokg.knowledge.KnowledgeFixture.relation;
import static diplokg.knowledge.KnowledgeFixture.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.store.DerivedGraph;
import diplokg.store.NamedGraph;
import diplokg.vocab.Dkg;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The knowledge layer over article graphs read from TriG: what a derivation from scratch gives, and that updating
 * the keys a write touches leaves the same graph as a derivation from scratch.
 */
class KnowledgeLayerTest {

    private static final Node JP_VN = relation("JP", "VN");
    private static final String PREFIXES = """
            @prefix dkg:     <https://w3id.org/diplokg/ontology#> .
            @prefix id:      <https://w3id.org/diplokg/id/> .
            @prefix article: <https://w3id.org/diplokg/id/article/> .
            @prefix rel:     <https://w3id.org/diplokg/id/relation/> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;
    /** The ranks of the two levels the articles state, as the reference graph gives them. */
    private static final String REFERENCE = PREFIXES + """
            <https://w3id.org/diplokg/graph/reference> {
                id:level\\/comprehensive-strategic-partnership dkg:rank 3 .
                id:level\\/strategic-partnership dkg:rank 5 .
            }
            """;
    /** An article about the pair, without sectors, that only refers to a lower level than the one in force. */
    private static final String LOWER = PREFIXES + """
            <https://w3id.org/diplokg/graph/article/lower> {
                article:lower a dkg:Article ; dkg:publicationMonth "2024-05"^^xsd:gYearMonth ; dkg:about rel:JP-VN .
                id:partnership\\/lower-0 a dkg:PartnershipStatement ; dkg:statedIn article:lower ;
                    dkg:pair rel:JP-VN ; dkg:level id:level\\/strategic-partnership ;
                    dkg:status id:status\\/existing .
            }
            """;
    /** An article about the pair that states nothing else of it. */
    private static final String ASIDE = PREFIXES + """
            <https://w3id.org/diplokg/graph/article/aside> {
                article:aside a dkg:Article ; dkg:publicationMonth "2024-06"^^xsd:gYearMonth ; dkg:about rel:JP-VN .
            }
            """;

    /** Two articles naming states, relations, people and their extraction, for the store's tallies. */
    private static final String TALLIED = PREFIXES + """
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            <https://w3id.org/diplokg/graph/article/t1> {
                article:t1 a dkg:Article ; dkg:publicationMonth "2024-03"^^xsd:gYearMonth ;
                    dkg:mentionsState id:state\\/VN , id:state\\/JP ; dkg:mentionsPerson id:person\\/an .
                rel:JP-VN dkg:partner id:state\\/JP , id:state\\/VN .
                id:person\\/an a dkg:Person ; dkg:name "Nguyen An" .
                id:extraction\\/t1 a dkg:Extraction ; prov:endedAtTime "2026-01-02T10:00:00Z"^^xsd:dateTime .
            }
            <https://w3id.org/diplokg/graph/article/t2> {
                article:t2 a dkg:Article ; dkg:publicationMonth "2024-07"^^xsd:gYearMonth ;
                    dkg:mentionsState id:state\\/VN , id:state\\/FR ;
                    dkg:mentionsPerson id:person\\/an , id:person\\/binh .
                # Another article described in this graph: it counts for no state.
                article:elsewhere a dkg:Article ; dkg:mentionsState id:state\\/DE .
                rel:FR-VN dkg:partner id:state\\/FR , id:state\\/VN .
                id:person\\/an a dkg:Person ; dkg:name "An" .
                id:person\\/binh a dkg:Person ; dkg:name "Binh" .
                id:extraction\\/t2 a dkg:Extraction ; prov:endedAtTime "2026-01-03T09:00:00Z"^^xsd:dateTime .
            }
            """;

    private final KnowledgeLayer layer = new KnowledgeLayer(KnowledgeFixture.BASE);

    @Test
    void derivesTheHappeningsAndTheRelationOfTwoArticles() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        Graph derived = Txn.calculateRead(dataset, () -> layer.derive(dataset));

        Node meeting = happening("2023-11-27/meeting/JP-VN");
        // rich-1, a visit dated "--11-27" in an article of 2023-11, is dated 2023-11-27 and holds the meeting.
        assertEquals(Set.of(meeting, happening("2023-11-27/visit/JP-VN")), ofType(derived, Dkg.Happening));
        assertEquals(Set.of(id("event/rich-0"), id("event/follow-up-0")), objects(derived, meeting, Dkg.mention));
        assertEquals(integer(2), object(derived, meeting, Dkg.articleCount));

        Node interval = id("relation/JP-VN/level/" + COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(interval), objects(derived, JP_VN, Dkg.levelInterval));
        assertEquals(date("2023-11-01"), object(derived, interval, Dkg.from));
        assertEquals(flag(true), object(derived, interval, Dkg.announced));
        assertEquals(integer(2), object(derived, interval, Dkg.articleCount));
        assertEquals(integer(2), object(derived, id("relation/JP-VN/sector/trade"), Dkg.articleCount));
        assertEquals(integer(2), object(derived, JP_VN, Dkg.articleCount));
        assertEquals(integer(2), object(derived, id("store"), Dkg.happeningCount));
        // Kishida takes part in the meeting, which both articles report, and only the first names him.
        Node kishida = KnowledgeFixture.person("fumio-kishida");
        assertEquals(integer(1), object(derived, kishida, Dkg.happeningCount));
        assertEquals(integer(1), object(derived, kishida, Dkg.articleCount));
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida"), object(derived, kishida, Dkg.displayName));
    }

    @Test
    void removingAddingAndReplacingAnArticleKeepsTheLayerInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        Node followUp = articleGraph("follow-up");
        Node meeting = happening("2023-11-27/meeting/JP-VN");
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        assertEquals(integer(2), object(knowledge(dataset), meeting, Dkg.mentionCount));

        Graph followUpGraph = Txn.calculateRead(dataset, () -> copy(dataset.getGraph(followUp)));
        write(dataset, () -> dataset.removeGraph(followUp), followUp);
        assertEquals(integer(1), object(knowledge(dataset), meeting, Dkg.mentionCount));
        assertEquals(integer(1), object(knowledge(dataset), JP_VN, Dkg.articleCount));

        write(dataset, () -> dataset.addGraph(followUp, followUpGraph), followUp);
        assertEquals(integer(2), object(knowledge(dataset), meeting, Dkg.mentionCount));

        // The follow-up now dates the meeting in December: it leaves November's happening for one of its own.
        Node event = id("event/follow-up-0");
        write(dataset, () -> {
            dataset.delete(followUp, event, Dkg.date.asNode(), NodeFactory.createLiteralString("2023-11"));
            dataset.add(followUp, event, Dkg.date.asNode(), NodeFactory.createLiteralString("2023-12"));
        }, followUp);
        assertEquals(integer(1), object(knowledge(dataset), meeting, Dkg.mentionCount));
        assertEquals(Set.of(event), objects(knowledge(dataset), happening("2023-12/meeting/JP-VN"), Dkg.mention));
        // The index of periods follows: December holds the follow-up's happening, November the others.
        assertEquals(Set.of(happening("2023-12/meeting/JP-VN")),
                objects(knowledge(dataset), id("happenings/2023-12"), Dkg.periodHappening));
        assertEquals(Set.of(meeting, happening("2023-11-27/visit/JP-VN")),
                objects(knowledge(dataset), id("happenings/2023-11"), Dkg.periodHappening));

        // Back in November, no happening is left in December, nor its period.
        write(dataset, () -> {
            dataset.delete(followUp, event, Dkg.date.asNode(), NodeFactory.createLiteralString("2023-12"));
            dataset.add(followUp, event, Dkg.date.asNode(), NodeFactory.createLiteralString("2023-11"));
        }, followUp);
        assertEquals(Set.of(id("happenings/2023-11")), ofType(knowledge(dataset), Dkg.HappeningPeriod));
    }

    @Test
    void aNameChangedOrAddedInAReportChangesTheHappeningsParticipantNamesInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        Node rich = articleGraph("rich");
        Node followUp = articleGraph("follow-up");
        Node kishida = KnowledgeFixture.person("fumio-kishida");
        Node meeting = happening("2023-11-27/meeting/JP-VN");
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida, Võ Văn Thưởng"),
                object(knowledge(dataset), meeting, Dkg.participantNames));

        // The rich article now spells him otherwise: the happening takes its spelling.
        write(dataset, () -> {
            dataset.delete(rich, kishida, Dkg.name.asNode(), NodeFactory.createLiteralString("Fumio Kishida"));
            dataset.add(rich, kishida, Dkg.name.asNode(), NodeFactory.createLiteralString("Kishida Fumio"));
        }, rich);
        assertEquals(NodeFactory.createLiteralString("Kishida Fumio, Võ Văn Thưởng"),
                object(knowledge(dataset), meeting, Dkg.participantNames));

        // The follow-up, which named him nowhere, spells him as before: the first spelling in code-point order.
        write(dataset, () -> dataset.add(followUp, kishida, Dkg.name.asNode(),
                NodeFactory.createLiteralString("Fumio Kishida")), followUp);
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida, Võ Văn Thưởng"),
                object(knowledge(dataset), meeting, Dkg.participantNames));

        // Without the rich article, the follow-up's meeting (dated by its month) names its one participant.
        write(dataset, () -> dataset.removeGraph(rich), rich);
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida"),
                object(knowledge(dataset), happening("2023-11/meeting/JP-VN"), Dkg.participantNames));
    }

    @Test
    void aPairOfParticipantsFollowsTheirNamesAndOfficesInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        Node rich = articleGraph("rich");
        Node kishida = KnowledgeFixture.person("fumio-kishida");
        Node meeting = happening("2023-11-27/meeting/JP-VN");
        Node pair = NodeFactory.createURI(meeting.getURI() + "/pair/fumio-kishida/vo-van-thuong");
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        assertEquals(Set.of(pair), objects(knowledge(dataset), meeting, Dkg.participantPair));
        assertEquals(kishida, object(knowledge(dataset), pair, Dkg.person1));
        assertEquals(NodeFactory.createLiteralString("JP"), object(knowledge(dataset), pair, Dkg.states1));
        assertEquals(NodeFactory.createLiteralString("VN"), object(knowledge(dataset), pair, Dkg.states2));

        // The rich article now gives Kishida an office of Vietnam too: both serve Vietnam there, no pair.
        Node office = id("position/fumio-kishida/envoy/VN");
        Runnable secondOffice = () -> {
            dataset.add(rich, kishida, Dkg.holds.asNode(), office);
            dataset.add(rich, office, Dkg.forState.asNode(), id("state/VN"));
        };
        write(dataset, secondOffice, rich);
        assertTrue(objects(knowledge(dataset), meeting, Dkg.participantPair).isEmpty(), "a delegation is no pair");

        // Without it, the pair is back; renamed in its one report, its person takes the new spelling.
        write(dataset, () -> {
            dataset.delete(rich, kishida, Dkg.holds.asNode(), office);
            dataset.delete(rich, office, Dkg.forState.asNode(), id("state/VN"));
            dataset.delete(rich, kishida, Dkg.name.asNode(), NodeFactory.createLiteralString("Fumio Kishida"));
            dataset.add(rich, kishida, Dkg.name.asNode(), NodeFactory.createLiteralString("Kishida Fumio"));
        }, rich);
        assertEquals(Set.of(pair), objects(knowledge(dataset), meeting, Dkg.participantPair));
        assertEquals(NodeFactory.createLiteralString("Kishida Fumio"),
                object(knowledge(dataset), kishida, Dkg.displayName));

        // Without the rich article, the follow-up names Kishida alone: no pair is left.
        write(dataset, () -> dataset.removeGraph(rich), rich);
        assertTrue(ofType(knowledge(dataset), Dkg.ParticipantPair).isEmpty(), "a pair outlived its report");
    }

    @Test
    void removingAnArticleThatOnlyContradictsTheLevelInForceKeepsTheLayerInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        read(dataset, REFERENCE);
        read(dataset, LOWER);
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        Node interval = id("relation/JP-VN/level/" + COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(id("partnership/lower-0")), objects(knowledge(dataset), interval, Dkg.contradictedBy));
        assertEquals(integer(3), object(knowledge(dataset), JP_VN, Dkg.articleCount));

        Node lower = articleGraph("lower");
        write(dataset, () -> dataset.removeGraph(lower), lower);
        assertTrue(objects(knowledge(dataset), interval, Dkg.contradictedBy).isEmpty(),
                "the removed statement still contradicts the level");
        assertEquals(integer(2), object(knowledge(dataset), JP_VN, Dkg.articleCount));
    }

    @Test
    void removingAnArticleThatIsOnlyAboutThePairKeepsTheLayerInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        read(dataset, ASIDE);
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        assertEquals(integer(3), object(knowledge(dataset), JP_VN, Dkg.articleCount));

        Node aside = articleGraph("aside");
        write(dataset, () -> dataset.removeGraph(aside), aside);
        assertEquals(integer(2), object(knowledge(dataset), JP_VN, Dkg.articleCount));
    }

    @Test
    void newRanksInTheReferenceDataRederiveTheTimeline() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        read(dataset, REFERENCE);
        read(dataset, LOWER);
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        Node strategic = id("relation/JP-VN/level/strategic-partnership");
        assertTrue(objects(knowledge(dataset), strategic, Dkg.level).isEmpty(), "a lower level opens no interval");

        // Ranked above the level announced in 2023-11, the level referred to in 2024-05 now raises the relation.
        Node reference = NodeFactory.createURI(KnowledgeFixture.BASE.referenceGraph());
        Node rank = Dkg.rank.asNode();
        write(dataset, () -> {
            dataset.delete(reference, KnowledgeFixture.level("strategic-partnership"), rank,
                    NodeFactory.createLiteral("5", XSDDatatype.XSDinteger));
            dataset.add(reference, KnowledgeFixture.level("strategic-partnership"), rank,
                    NodeFactory.createLiteral("2", XSDDatatype.XSDinteger));
        }, reference);
        Graph knowledge = knowledge(dataset);
        assertEquals(date("2024-05-01"), object(knowledge, strategic, Dkg.from));
        assertEquals(flag(false), object(knowledge, strategic, Dkg.announced));
        assertEquals(date("2024-05-01"),
                object(knowledge, id("relation/JP-VN/level/" + COMPREHENSIVE_STRATEGIC), Dkg.until));
        assertEquals(KnowledgeFixture.level("strategic-partnership"), object(knowledge, JP_VN, Dkg.highestLevel));
    }

    @Test
    void theTalliesCountEachStatesArticlesAndPartnersAndTheStoresContentAndFollowRemovals() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        read(dataset, TALLIED);
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        Graph second = Txn.calculateRead(dataset, () -> copy(dataset.getGraph(articleGraph("t2"))));
        Node store = id("store");
        Graph knowledge = knowledge(dataset);
        assertEquals(integer(2), object(knowledge, state("VN"), Dkg.articleCount));
        assertEquals(integer(1), object(knowledge, state("JP"), Dkg.articleCount));
        assertEquals(integer(1), object(knowledge, state("FR"), Dkg.articleCount));
        assertEquals(Set.of(), objects(knowledge, state("DE"), Dkg.articleCount));
        assertEquals(integer(2), object(knowledge, state("VN"), Dkg.partnerCount));
        assertEquals(integer(1), object(knowledge, state("JP"), Dkg.partnerCount));
        assertEquals(Set.of(store), ofType(knowledge, Dkg.StoreSummary));
        assertEquals(integer(2), object(knowledge, store, Dkg.articleCount));
        assertEquals(integer(2), object(knowledge, store, Dkg.personCount));
        assertEquals(integer(0), object(knowledge, store, Dkg.happeningCount));
        assertEquals(gYearMonth("2024-03"), object(knowledge, store, Dkg.firstAttested));
        assertEquals(gYearMonth("2024-07"), object(knowledge, store, Dkg.lastAttested));
        assertEquals(NodeFactory.createLiteral("2026-01-03T09:00:00Z", XSDDatatype.XSDdateTime),
                object(knowledge, store, Dkg.lastExtracted));
        // A person: the articles naming them, their happenings (none here), the first of their names.
        Node an = KnowledgeFixture.person("an");
        assertEquals(integer(2), object(knowledge, an, Dkg.articleCount));
        assertEquals(integer(0), object(knowledge, an, Dkg.happeningCount));
        assertEquals(NodeFactory.createLiteralString("An"), object(knowledge, an, Dkg.displayName));

        write(dataset, () -> dataset.removeGraph(articleGraph("t2")), articleGraph("t2"));
        knowledge = knowledge(dataset);
        assertEquals(integer(1), object(knowledge, state("VN"), Dkg.articleCount));
        assertEquals(Set.of(), objects(knowledge, state("FR"), Dkg.articleCount));
        assertEquals(integer(1), object(knowledge, state("VN"), Dkg.partnerCount));
        assertEquals(integer(1), object(knowledge, store, Dkg.personCount));
        assertEquals(gYearMonth("2024-03"), object(knowledge, store, Dkg.lastAttested));
        assertEquals(integer(1), object(knowledge, an, Dkg.articleCount));
        assertEquals(NodeFactory.createLiteralString("Nguyen An"), object(knowledge, an, Dkg.displayName));
        assertEquals(Set.of(), objects(knowledge, KnowledgeFixture.person("binh"), Dkg.articleCount));

        // Back again, by a writer that does not tell what the graph held: the store is counted again.
        read(dataset, TALLIED);
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        writeUntold(dataset, () -> dataset.removeGraph(articleGraph("t2")), articleGraph("t2"));
        assertEquals(integer(1), object(knowledge(dataset), store, Dkg.articleCount));
        writeUntold(dataset, () -> dataset.addGraph(articleGraph("t2"), second), articleGraph("t2"));
        assertEquals(integer(2), object(knowledge(dataset), store, Dkg.articleCount));

        // The earliest month and the latest extraction leave with the article that held them.
        write(dataset, () -> dataset.removeGraph(articleGraph("t2")), articleGraph("t2"));
        write(dataset, () -> dataset.removeGraph(articleGraph("t1")), articleGraph("t1"));
        // A store without articles has no tallies left at all.
        assertEquals(0, knowledge(dataset).size());
        write(dataset, () -> dataset.addGraph(articleGraph("t2"), second), articleGraph("t2"));
        knowledge = knowledge(dataset);
        assertEquals(gYearMonth("2024-07"), object(knowledge, store, Dkg.firstAttested));
        assertEquals(NodeFactory.createLiteral("2026-01-03T09:00:00Z", XSDDatatype.XSDdateTime),
                object(knowledge, store, Dkg.lastExtracted));
        write(dataset, () -> read(dataset, TALLIED), articleGraph("t1"));
        assertEquals(gYearMonth("2024-03"), object(knowledge(dataset), store, Dkg.firstAttested));
    }

    @Test
    void aParticipantNoArticleMentionsHasADisplayNameButNoArticleCountInStep() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        Node kishida = KnowledgeFixture.person("fumio-kishida");
        Node rich = articleGraph("rich");
        // As a graph written through /kg-admin may be: its meeting names Kishida, its article does not mention him.
        Txn.executeWrite(dataset, () -> dataset.deleteAny(rich, Node.ANY, Dkg.mentionsPerson.asNode(), kishida));
        Txn.executeWrite(dataset, () -> layer.rederive(dataset));
        Graph knowledge = knowledge(dataset);
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida"), object(knowledge, kishida, Dkg.displayName));
        assertEquals(integer(1), object(knowledge, kishida, Dkg.happeningCount));
        assertEquals(Set.of(), objects(knowledge, kishida, Dkg.articleCount));

        // The graph that named him gone, no name is left to show: in step with a derivation.
        write(dataset, () -> dataset.removeGraph(rich), rich);
        assertEquals(Set.of(), objects(knowledge(dataset), kishida, Dkg.displayName));
        write(dataset, () -> RDFDataMgr.read(dataset, MentionReaderTest.RICH), rich);
        assertEquals(integer(1), object(knowledge(dataset), kishida, Dkg.articleCount));
    }

    @Test
    void aStoreWithoutArticlesHoldsTheNamesPartnersAndSectorsAWriteGivesIt() {
        DatasetGraph source = MentionReaderTest.dataset();
        Node rich = articleGraph("rich");
        Graph unannounced = Txn.calculateRead(source, () -> copy(source.getGraph(rich)));
        unannounced.remove(Node.ANY, Dkg.mentionsPerson.asNode(), Node.ANY);
        unannounced.remove(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Dkg.Article.asNode());
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            DerivedGraph.Write write = layer.write();
            write.beforeChange(dataset, rich);
            dataset.addGraph(rich, unannounced);
            write.update(dataset, Set.of(rich));
        });
        Node kishida = KnowledgeFixture.person("fumio-kishida");
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida"),
                object(knowledge(dataset), kishida, Dkg.displayName));
        KnowledgeDifference difference = Txn.calculateRead(dataset, () -> layer.check(dataset));
        List<Triple> people = java.util.stream.Stream.concat(difference.missing().stream(),
                difference.unexpected().stream()).filter(t -> t.getSubject().equals(kishida)).toList();
        assertEquals(List.of(), people, "the person's tallies, written and derived");
        assertInStep(dataset);
    }

    @Test
    void aBulkLoadDerivesWhatADerivationFromTheStoredGraphsGives() {
        DatasetGraph dataset = MentionReaderTest.dataset();
        read(dataset, REFERENCE);
        read(dataset, LOWER);
        read(dataset, ASIDE);
        read(dataset, TALLIED);
        DerivedGraph.BulkDerivation bulk = layer.bulk();
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(name ->
                bulk.add(new NamedGraph(name.getURI(), copy(dataset.getGraph(name))))));
        List<NamedGraph> derived = bulk.derived();

        assertEquals(1, derived.size());
        assertEquals(layer.graphName().getURI(), derived.get(0).iri());
        Graph expected = Txn.calculateRead(dataset, () -> layer.derive(dataset));
        assertEquals(expected.find().toSet(), derived.get(0).graph().find().toSet());
        assertTrue(expected.contains(id("relation/JP-VN/level/" + COMPREHENSIVE_STRATEGIC),
                Dkg.contradictedBy.asNode(), id("partnership/lower-0")), "the ranks of the bulk were used");
    }

    /**
     * Changes {@code changed} and updates the layer in one write, as the store's writers do (telling the layer of the
     * graph before it changes), then checks it against a derivation.
     */
    private void write(DatasetGraph dataset, Runnable change, Node changed) {
        Txn.executeWrite(dataset, () -> {
            DerivedGraph.Write write = layer.write();
            write.beforeChange(dataset, changed);
            change.run();
            write.update(dataset, Set.of(changed));
        });
        assertInStep(dataset);
    }

    /** {@link #write} by a writer that does not tell the layer of the graph before it changes. */
    private void writeUntold(DatasetGraph dataset, Runnable change, Node changed) {
        Txn.executeWrite(dataset, () -> {
            change.run();
            layer.update(dataset, Set.of(changed));
        });
        assertInStep(dataset);
    }

    private void assertInStep(DatasetGraph dataset) {
        KnowledgeDifference difference = Txn.calculateRead(dataset, () -> layer.check(dataset));
        assertTrue(difference.inStep(), "missing " + difference.missing() + ", unexpected " + difference.unexpected());
    }

    private Graph knowledge(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> copy(dataset.getGraph(layer.graphName())));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static void read(DatasetGraph dataset, String trig) {
        Txn.executeWrite(dataset, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dataset));
    }
}
