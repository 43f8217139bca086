package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.article;
import static diplokg.knowledge.KnowledgeFixture.date;
import static diplokg.knowledge.KnowledgeFixture.derive;
import static diplokg.knowledge.KnowledgeFixture.gYearMonth;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.integer;
import static diplokg.knowledge.KnowledgeFixture.object;
import static diplokg.knowledge.KnowledgeFixture.objects;
import static diplokg.knowledge.KnowledgeFixture.person;
import static diplokg.knowledge.KnowledgeFixture.sentence;
import static diplokg.knowledge.KnowledgeFixture.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import diplokg.vocab.Dkg;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class PersonKnowledgeTest {

    private static final Node HOLDER = person("luong-cuong");
    private static final Node PRESIDENT = id("position/luong-cuong/president/VN");
    private static final Node GENERAL = id("position/luong-cuong/general/VN");

    @Test
    void aPositionIsAttestedFromTheEarliestToTheLatestDatedArticle() {
        Graph derived = derive(List.of(
                president("a1", "2025-03"),
                president("a2", "2024-10-21"),
                president("a3", null)));

        assertEquals(Set.of(PRESIDENT), keyed(derived));
        assertEquals(date("2024-10-21"), object(derived, PRESIDENT, Dkg.firstAttested));
        assertEquals(gYearMonth("2025-03"), object(derived, PRESIDENT, Dkg.lastAttested));
        assertEquals(integer(3), object(derived, PRESIDENT, Dkg.articleCount));
        assertEquals(Set.of(article("a1"), article("a2"), article("a3")),
                objects(derived, PRESIDENT, Dkg.fromArticle));
        assertEquals(Set.of(sentence("a1", 1), sentence("a2", 1), sentence("a3", 1)),
                objects(derived, PRESIDENT, Dkg.evidence));
        // Holder, role and state are the article graphs' to say; the knowledge graph adds what is known across them.
        assertNull(object(derived, PRESIDENT, Dkg.holder));
        assertNull(object(derived, PRESIDENT, Dkg.role));
        assertNull(object(derived, PRESIDENT, Dkg.forState));
        assertEquals(NodeFactory.createLiteralString("person " + HOLDER.getURI()),
                object(derived, PRESIDENT, Dkg.knowledgeKey));
    }

    @Test
    void eachPositionOfAPersonHasItsOwnDates() {
        Graph derived = derive(List.of(
                president("a1", "2024-11"),
                new PositionMention(GENERAL, article("a2"), HOLDER, id("role/general"), state("VN"), "2019-06",
                        List.of(sentence("a2", 1))),
                president("a3", "2025-01")));

        assertEquals(Set.of(PRESIDENT, GENERAL), keyed(derived));
        assertEquals(gYearMonth("2024-11"), object(derived, PRESIDENT, Dkg.firstAttested));
        assertEquals(gYearMonth("2025-01"), object(derived, PRESIDENT, Dkg.lastAttested));
        assertEquals(gYearMonth("2019-06"), object(derived, GENERAL, Dkg.firstAttested));
        assertEquals(gYearMonth("2019-06"), object(derived, GENERAL, Dkg.lastAttested));
        assertEquals(integer(1), object(derived, GENERAL, Dkg.articleCount));
    }

    @Test
    void aPositionOnlyUndatedArticlesStateHasNoDates() {
        Graph derived = derive(List.of(president("a1", null)));

        assertEquals(Set.of(PRESIDENT), keyed(derived));
        assertNull(object(derived, PRESIDENT, Dkg.firstAttested));
        assertNull(object(derived, PRESIDENT, Dkg.lastAttested));
        assertEquals(integer(1), object(derived, PRESIDENT, Dkg.articleCount));
    }

    private static PositionMention president(String articleId, String articleDate) {
        return new PositionMention(PRESIDENT, article(articleId), HOLDER, id("role/president"), state("VN"),
                articleDate, List.of(sentence(articleId, 1)));
    }

    /** The resources the derivation wrote something for: each carries its key. */
    private static Set<Node> keyed(Graph derived) {
        Set<Node> subjects = new java.util.HashSet<>();
        derived.find(Node.ANY, Dkg.knowledgeKey.asNode(), Node.ANY).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }
}
