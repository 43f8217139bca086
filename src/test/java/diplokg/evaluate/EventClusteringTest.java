package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Pairwise clustering scores on small cases counted by hand. */
class EventClusteringTest {

    private static final double EPSILON = 1e-9;

    private static GoldMention m(String article, int index) {
        return new GoldMention(article, index);
    }

    @Test
    void countsPairsWithinGoldAndPredictedHappeningsAndTheirIntersection() {
        // Gold: H1 = {a0, a1, b0}, H2 = {c0}, H3 = {c1}: 3 gold pairs (a0-a1, a0-b0, a1-b0).
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("a", 1), "H1", m("b", 0), "H1",
                m("c", 0), "H2", m("c", 1), "H3");
        Map<GoldMention, String> alignment = Map.of(m("a", 0), "e1", m("a", 1), "e2", m("b", 0), "e3",
                m("c", 0), "e4", m("c", 1), "e5");
        // Predicted: K1 = {e1, e2}, K2 = {e3}, K3 = {e4, e5}: 2 predicted pairs, of which e1-e2 is a gold pair.
        Map<String, String> predicted = Map.of("e1", "K1", "e2", "K1", "e3", "K2", "e4", "K3", "e5", "K3");
        ClusterScore score = EventClustering.score(gold, alignment, predicted);
        assertEquals(new ClusterScore(1, 2, 3, 5, 5), score);
        assertEquals(0.5, score.precision(), EPSILON);
        assertEquals(1 / 3.0, score.recall(), EPSILON);
        assertEquals(0.4, score.f1(), EPSILON);
    }

    @Test
    void onlyMentionsAlignedWithAGoldMentionCount() {
        // c0 was missed by the extraction: its two gold pairs (a0-c0, b0-c0) are not counted, nor is e9, spurious.
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("b", 0), "H1", m("c", 0), "H1");
        Map<GoldMention, String> alignment = Map.of(m("a", 0), "e1", m("b", 0), "e2");
        Map<String, String> predicted = Map.of("e1", "K1", "e2", "K1", "e9", "K1");
        ClusterScore score = EventClustering.score(gold, alignment, predicted);
        assertEquals(new ClusterScore(1, 1, 1, 2, 3), score);
        assertEquals(1.0, score.f1(), EPSILON);
    }

    @Test
    void aMentionInNoPredictedHappeningIsAHappeningOfItsOwn() {
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("b", 0), "H1");
        Map<GoldMention, String> alignment = Map.of(m("a", 0), "e1", m("b", 0), "e2");
        ClusterScore score = EventClustering.score(gold, alignment, Map.of());
        assertEquals(new ClusterScore(0, 0, 1, 2, 2), score);
        assertEquals(0.0, score.precision(), EPSILON);
        assertEquals(0.0, score.recall(), EPSILON);
        assertEquals(0.0, score.f1(), EPSILON);
    }

    @Test
    void mergingTwoGoldHappeningsCostsPrecisionOnly() {
        // Gold H1 = {a0, b0}, H2 = {c0, d0}; predicted all four in K: 6 predicted pairs, 2 gold, both found.
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("b", 0), "H1", m("c", 0), "H2", m("d", 0), "H2");
        Map<GoldMention, String> alignment = Map.of(m("a", 0), "e1", m("b", 0), "e2", m("c", 0), "e3",
                m("d", 0), "e4");
        Map<String, String> predicted = Map.of("e1", "K", "e2", "K", "e3", "K", "e4", "K");
        ClusterScore score = EventClustering.score(gold, alignment, predicted);
        assertEquals(new ClusterScore(2, 6, 2, 4, 4), score);
        assertEquals(1 / 3.0, score.precision(), EPSILON);
        assertEquals(1.0, score.recall(), EPSILON);
        assertEquals(0.5, score.f1(), EPSILON);
    }

    @Test
    void singletonsOnBothSidesScoreOne() {
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("a", 1), "H2");
        ClusterScore score = EventClustering.score(gold, Map.of(m("a", 0), "e1", m("a", 1), "e2"),
                Map.of("e1", "K1", "e2", "K2"));
        assertEquals(new ClusterScore(0, 0, 0, 2, 2), score);
        assertEquals(1.0, score.f1(), EPSILON);
    }

    @Test
    void refusesAnAlignedMentionWithoutHappeningOrTwoGoldMentionsOnOneExtractedMention() {
        Map<GoldMention, String> gold = Map.of(m("a", 0), "H1", m("b", 0), "H1");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EventClustering.score(gold, Map.of(m("z", 0), "e1"), Map.of()));
        assertEquals("gold mention GoldMention[article=z, index=0] has no happening", missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EventClustering.score(gold, Map.of(m("a", 0), "e1", m("b", 0), "e1"), Map.of()));
    }

    @Test
    void theScorersAlignmentTakesForEachGoldItemTheFirstUnusedAgreeingPrediction() {
        int[] aligned = Scorer.align(List.of("x", "y", "x"), List.of("x", "x", "z"), Objects::equals);
        assertArrayEquals(new int[] {0, 2, -1}, aligned);
    }
}
