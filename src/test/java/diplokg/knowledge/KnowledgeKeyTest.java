package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.articleGraph;
import static diplokg.knowledge.KnowledgeFixture.event;
import static diplokg.knowledge.KnowledgeFixture.person;
import static diplokg.knowledge.KnowledgeFixture.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeKeyTest {

    /** One key of each kind, two of events, in their sort order. */
    private static final List<KnowledgeKey> SORTED = List.of(
            KnowledgeKey.pair(relation("FR", "VN")),
            KnowledgeKey.person(person("luong-cuong")),
            KnowledgeKey.events("2024"),
            KnowledgeKey.events("2024-11"),
            KnowledgeKey.undatedEvents(articleGraph("a1")));

    @Test
    void everyKindOfKeyReadsBackFromItsText() {
        for (KnowledgeKey key : SORTED) {
            assertEquals(key, KnowledgeKey.parse(key.text()), key.text());
        }
    }

    @Test
    void theTextIsTheKindInLowerCaseAndTheValue() {
        assertEquals("pair https://w3id.org/diplokg/id/relation/FR-VN", KnowledgeKey.pair(relation("FR", "VN")).text());
        assertEquals("events 2024-11", KnowledgeKey.events("2024-11").text());
        assertEquals("undated_events https://w3id.org/diplokg/graph/article/a1",
                KnowledgeKey.undatedEvents(articleGraph("a1")).text());
    }

    @Test
    void textThatIsNoKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> KnowledgeKey.parse("pair"));
        assertThrows(IllegalArgumentException.class, () -> KnowledgeKey.parse("planet 2024-11"));
    }

    @Test
    void keysNameAResourceExceptForEvents() {
        assertEquals(relation("FR", "VN"), KnowledgeKey.pair(relation("FR", "VN")).node());
        assertEquals(articleGraph("a1"), KnowledgeKey.undatedEvents(articleGraph("a1")).node());
        assertThrows(IllegalStateException.class, () -> KnowledgeKey.events("2024-11").node());
    }

    @Test
    void anEventIsKeyedByItsMonthOrYearOrElseByItsArticle() {
        assertEquals(KnowledgeKey.events("2024-11"), event("a1", 1).on("2024-11-13").build().key());
        assertEquals(KnowledgeKey.events("2024-11"), event("a1", 1).on("2024-11").build().key());
        assertEquals(KnowledgeKey.events("2024"), event("a1", 1).on("2024").build().key());
        assertEquals(KnowledgeKey.undatedEvents(articleGraph("a1")), event("a1", 1).build().key());
        assertEquals(KnowledgeKey.undatedEvents(articleGraph("a1")), event("a1", 1).on("13 novembre").build().key());
    }

    @Test
    void statementsOfAPairAndPositionsAreKeyedByThePairAndTheHolder() {
        LevelMention level = new LevelMention(KnowledgeFixture.statement("partnership", "a1", 1),
                KnowledgeFixture.article("a1"), relation("FR", "VN"), KnowledgeFixture.level("strategic-partnership"),
                true, "2020-05", List.of());
        assertEquals(KnowledgeKey.pair(relation("FR", "VN")), level.key());
        PositionMention position = new PositionMention(KnowledgeFixture.id("position/luong-cuong/president/VN"),
                KnowledgeFixture.article("a1"), person("luong-cuong"), KnowledgeFixture.id("role/president"), null,
                null, List.of());
        assertEquals(KnowledgeKey.person(person("luong-cuong")), position.key());
    }

    @Test
    void keysSortByKindThenValue() {
        List<KnowledgeKey> reversed = new ArrayList<>(SORTED);
        Collections.reverse(reversed);
        Collections.sort(reversed);
        assertEquals(SORTED, reversed);
    }
}
