package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE;
import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE_STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.RANKS;
import static diplokg.knowledge.KnowledgeFixture.STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.article;
import static diplokg.knowledge.KnowledgeFixture.derive;
import static diplokg.knowledge.KnowledgeFixture.event;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.person;
import static diplokg.knowledge.KnowledgeFixture.relation;
import static diplokg.knowledge.KnowledgeFixture.sentence;
import static diplokg.knowledge.KnowledgeFixture.state;
import static diplokg.knowledge.KnowledgeFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class KnowledgeDeriverTest {

    private static final Node PAIR = relation("FR", "VN");

    /** Mentions with every kind of choice between equals the rules make: ties, numbered names, places. */
    private static List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>(List.of(
                event("a1", 1).type("visit").on("2024-11-13").in("Hà Nội").with("emmanuel-macron").of("FR", "VN")
                        .build(),
                event("a2", 1).type("visit").on("2024-11-13").in("ha noi").with("emmanuel-macron", "luong-cuong")
                        .of("FR", "VN").build(),
                event("a3", 1).on("2024-11-13").in("Hà Nội").with("luong-cuong").of("FR", "VN").build(),
                event("a4", 1).on("2024-11-13").in("Paris").with("luong-cuong").of("FR", "VN").build(),
                event("a5", 1).on("2024-11-20").with("luong-cuong", "jean-noel-barrot").of("FR", "VN").build(),
                event("a6", 1).on("2024-11").with("luong-cuong").of("FR", "VN").build(),
                event("a7", 1).on("2024-11").with("to-lam").of("CN", "VN").build(),
                event("a8", 1).on("2024-11").with("to-lam").of("CN", "VN").build(),
                event("a8", 2).type("signing").on("2024").with("to-lam").of("CN", "VN").build(),
                event("a9", 1).with("to-lam").build(),
                event("a9", 2).with("to-lam").build(),
                stated("a1", STRATEGIC, true, "2020-05"),
                stated("a2", COMPREHENSIVE_STRATEGIC, true, "2023-09"),
                stated("a3", COMPREHENSIVE, false, "2021-02"),
                stated("a4", COMPREHENSIVE, false, null),
                stated("a5", COMPREHENSIVE_STRATEGIC, false, "2023-09"),
                establishment("a1", "1973", "2024-11"),
                establishment("a2", "1972", "2024-11"),
                establishment("a3", "1973", null),
                establishment("a4", "1972", "2024-10"),
                target("a1", "2024-11"),
                target("a2", null),
                target("a3", "2023-01"),
                new AboutMention(article("a1"), PAIR, Set.of(id("sector/trade"), id("sector/energy"))),
                new AboutMention(article("a2"), PAIR, Set.of(id("sector/trade"))),
                position("a1", "2024-11"),
                position("a2", null),
                position("a3", "2024-10-21")));
        return mentions;
    }

    @Test
    void theOrderOfTheMentionsDoesNotChangeTheKnowledge() {
        Graph expected = derive(RANKS, mentions());
        assertTrue(expected.size() > 100, "the sample derives a substantial graph: " + expected.size());
        Random random = new Random(12);
        for (int round = 0; round < 25; round++) {
            List<Mention> shuffled = mentions();
            Collections.shuffle(shuffled, random);
            Graph actual = derive(RANKS, shuffled);
            assertEquals(triples(expected), triples(actual), "after shuffle " + round + ": " + shuffled);
            assertTrue(expected.isIsomorphicWith(actual));
        }
    }

    @Test
    void aKeyWithoutMentionsWritesNothing() {
        Graph into = GraphFactory.createDefaultGraph();
        new KnowledgeDeriver(KnowledgeFixture.BASE, new ReferenceFacts(RANKS, Map.of()))
                .derive(KnowledgeKey.pair(PAIR), List.of(), into);
        assertTrue(into.isEmpty());
    }

    private static Set<Triple> triples(Graph graph) {
        return graph.find().toSet();
    }

    private static LevelMention stated(String articleId, String levelId, boolean announced, String articleDate) {
        return new LevelMention(statement("partnership", articleId, 1), article(articleId), PAIR,
                KnowledgeFixture.level(levelId), announced, articleDate, List.of(sentence(articleId, 2)));
    }

    private static EstablishmentMention establishment(String articleId, String year, String articleDate) {
        return new EstablishmentMention(statement("establishment", articleId, 1), article(articleId), PAIR, year,
                articleDate, List.of(sentence(articleId, 3)));
    }

    private static TargetMention target(String articleId, String articleDate) {
        return new TargetMention(statement("target", articleId, 1), article(articleId), PAIR,
                id("indicator/bilateral-trade"), NodeFactory.createLiteral("20000000000.0", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralString("USD"), NodeFactory.createLiteral("2025", XSDDatatype.XSDgYear),
                articleDate, List.of(sentence(articleId, 4)));
    }

    private static PositionMention position(String articleId, String articleDate) {
        return new PositionMention(id("position/luong-cuong/president/VN"), article(articleId),
                person("luong-cuong"), id("role/president"), state("VN"), articleDate,
                List.of(sentence(articleId, 5)));
    }
}
