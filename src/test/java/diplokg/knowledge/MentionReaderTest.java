package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE_STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.article;
import static diplokg.knowledge.KnowledgeFixture.articleGraph;
import static diplokg.knowledge.KnowledgeFixture.gYear;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.level;
import static diplokg.knowledge.KnowledgeFixture.person;
import static diplokg.knowledge.KnowledgeFixture.relation;
import static diplokg.knowledge.KnowledgeFixture.sentence;
import static diplokg.knowledge.KnowledgeFixture.state;
import static diplokg.knowledge.KnowledgeFixture.states;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class MentionReaderTest {

    static final String RICH = "src/test/resources/validate/rich.trig";
    static final String FOLLOW_UP = "src/test/resources/knowledge/follow-up.trig";
    private static final Node JP_VN = relation("JP", "VN");

    private final MentionReader reader = new MentionReader(dataset(), KnowledgeFixture.BASE);

    /** rich.trig and follow-up.trig in one dataset. */
    static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dataset, RICH);
        RDFDataMgr.read(dataset, FOLLOW_UP);
        return dataset;
    }

    @Test
    void readsEveryKindOfStatementOfAnArticleGraph() {
        Node graph = articleGraph("rich");
        Node rich = article("rich");
        Set<Mention> expected = Set.of(
                new EventMention(id("event/rich-0"), graph, rich, id("event-type/meeting"), "2023-11-27", "Tokyo",
                        Set.of(person("vo-van-thuong"), person("fumio-kishida")), states("JP", "VN"),
                        states("JP", "VN"), List.of(sentence("rich", 1)),
                        // Each participant's name as the article graph spells it.
                        Map.of(person("vo-van-thuong"), "Võ Văn Thưởng", person("fumio-kishida"), "Fumio Kishida"),
                        // And the states each serves there.
                        Map.of(person("vo-van-thuong"), states("VN"), person("fumio-kishida"), states("JP"))),
                // Nobody named: the states are the partners of the relation the article is about.
                new EventMention(id("event/rich-1"), graph, rich, id("event-type/visit"), "2023-11-27", null, Set.of(),
                        states("JP", "VN"), Set.of(), List.of(sentence("rich", 0))),
                new LevelMention(id("partnership/rich-0"), rich, JP_VN, level(COMPREHENSIVE_STRATEGIC), true,
                        "2023-11", List.of(sentence("rich", 1))),
                new EstablishmentMention(id("establishment/rich-0"), rich, JP_VN, "1973", "2023-11",
                        List.of(sentence("rich", 1))),
                new TargetMention(id("target/rich-0"), rich, JP_VN, id("indicator/bilateral-trade"),
                        NodeFactory.createLiteral("30000000000", XSDDatatype.XSDdecimal),
                        NodeFactory.createLiteralString("USD"), gYear("2030"), "2023-11",
                        List.of(sentence("rich", 1))),
                new PositionMention(id("position/vo-van-thuong/head-of-state/VN"), rich, person("vo-van-thuong"),
                        id("role/head-of-state"), state("VN"), "2023-11", List.of(sentence("rich", 1))),
                new PositionMention(id("position/fumio-kishida/head-of-government/JP"), rich,
                        person("fumio-kishida"), id("role/head-of-government"), state("JP"), "2023-11",
                        List.of(sentence("rich", 1))),
                new AboutMention(rich, JP_VN, Set.of(id("sector/trade"))));

        List<Mention> read = reader.inGraph(graph);
        assertEquals(expected.size(), read.size(), read.toString());
        assertEquals(expected, Set.copyOf(read));
    }

    @Test
    void aStatusOtherThanEstablishedIsAReferenceAndStatesComeFromTheRelationWhenNoOfficeIsGiven() {
        Node graph = articleGraph("follow-up");
        Node followUp = article("follow-up");
        assertEquals(Set.of(
                new EventMention(id("event/follow-up-0"), graph, followUp, id("event-type/meeting"), "2023-11",
                        null, Set.of(person("fumio-kishida")), states("JP", "VN"), Set.of(),
                        // The article graph gives the participant no name: none is made up.
                        List.of(sentence("follow-up", 0)), Map.of()),
                new LevelMention(id("partnership/follow-up-0"), followUp, JP_VN, level(COMPREHENSIVE_STRATEGIC),
                        false, "2024-02", List.of(sentence("follow-up", 1))),
                new AboutMention(followUp, JP_VN, Set.of(id("sector/trade"), id("sector/energy")))),
                Set.copyOf(reader.inGraph(graph)));
    }

    @Test
    void anEventNamingOneSideIsBetweenTheStatesOfTheOneRelationOfItsArticleWithThatSide() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dataset, "src/test/resources/knowledge/one-sided.trig");
        MentionReader oneSided = new MentionReader(dataset, KnowledgeFixture.BASE);

        EventMention signing = oneSided.eventsIn(articleGraph("signing")).get(0);
        assertEquals(states("JP", "VN"), signing.states());
        assertEquals(states("VN"), signing.served());
        // About Japan and Korea: which of them the Vietnamese minister met is not known.
        EventMention roundUp = oneSided.eventsIn(articleGraph("round-up")).get(0);
        assertEquals(states("VN"), roundUp.states());
        assertEquals(states("VN"), roundUp.served());
    }

    @Test
    void aKeyFindsItsMentionsInEveryArticleGraph() {
        // rich-1 is dated "--11-27" in an article of 2023-11: it takes the article's year.
        assertEquals(Set.of(id("event/rich-0"), id("event/rich-1"), id("event/follow-up-0")),
                eventsOf(reader.forKey(KnowledgeKey.events("2023-11"))));
        assertTrue(reader.forKey(KnowledgeKey.undatedEvents(articleGraph("rich"))).isEmpty());
        assertEquals(6, reader.forKey(KnowledgeKey.pair(JP_VN)).size());
        assertEquals(1, reader.forKey(KnowledgeKey.person(person("fumio-kishida"))).size());
        assertTrue(reader.forKey(KnowledgeKey.events("2023-12")).isEmpty());
    }

    @Test
    void readingByKeyGivesExactlyTheMentionsOfThatKeyReadGraphByGraph() {
        List<Mention> all = new ArrayList<>(reader.inGraph(articleGraph("rich")));
        all.addAll(reader.inGraph(articleGraph("follow-up")));
        Set<KnowledgeKey> keys = all.stream().map(Mention::key).collect(Collectors.toSet());
        assertEquals(4, keys.size(), keys.toString());
        for (KnowledgeKey key : keys) {
            Set<Mention> ofKey = all.stream().filter(m -> m.key().equals(key)).collect(Collectors.toSet());
            assertEquals(ofKey, new HashSet<>(reader.forKey(key)), key.text());
        }
    }

    @Test
    void onlyGraphsUnderTheArticlePrefixAreArticleGraphs() {
        assertTrue(reader.isArticleGraph(articleGraph("rich")));
        assertFalse(reader.isArticleGraph(NodeFactory.createURI(KnowledgeFixture.BASE.knowledgeGraph())));
        assertFalse(reader.isArticleGraph(NodeFactory.createURI(KnowledgeFixture.BASE.referenceGraph())));
    }

    private static Set<Node> eventsOf(List<Mention> mentions) {
        return mentions.stream().map(m -> ((EventMention) m).mention()).collect(Collectors.toSet());
    }
}
