package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE;
import static diplokg.knowledge.KnowledgeFixture.COMPREHENSIVE_STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.RANKS;
import static diplokg.knowledge.KnowledgeFixture.STRATEGIC;
import static diplokg.knowledge.KnowledgeFixture.article;
import static diplokg.knowledge.KnowledgeFixture.date;
import static diplokg.knowledge.KnowledgeFixture.derive;
import static diplokg.knowledge.KnowledgeFixture.flag;
import static diplokg.knowledge.KnowledgeFixture.gYear;
import static diplokg.knowledge.KnowledgeFixture.gYearMonth;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.integer;
import static diplokg.knowledge.KnowledgeFixture.level;
import static diplokg.knowledge.KnowledgeFixture.object;
import static diplokg.knowledge.KnowledgeFixture.objects;
import static diplokg.knowledge.KnowledgeFixture.ofType;
import static diplokg.knowledge.KnowledgeFixture.relation;
import static diplokg.knowledge.KnowledgeFixture.sentence;
import static diplokg.knowledge.KnowledgeFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.vocab.Dkg;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class RelationKnowledgeTest {

    private static final Node PAIR = relation("FR", "VN");

    @Test
    void anUpgradeClosesTheIntervalOfTheLowerLevel() {
        Graph derived = derive(RANKS, List.of(
                announced("a1", STRATEGIC, "2020-05"),
                // A reference before the announcement does not move the start of the level.
                referred("a2", COMPREHENSIVE_STRATEGIC, "2023-06"),
                announced("a3", COMPREHENSIVE_STRATEGIC, "2023-09"),
                referred("a4", COMPREHENSIVE_STRATEGIC, "2024-02")));

        Node strategic = interval(STRATEGIC);
        Node comprehensiveStrategic = interval(COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(strategic, comprehensiveStrategic), objects(derived, PAIR, Dkg.levelInterval));
        assertEquals(Set.of(strategic, comprehensiveStrategic), ofType(derived, Dkg.LevelInterval));

        assertEquals(level(STRATEGIC), object(derived, strategic, Dkg.level));
        assertEquals(date("2020-05-01"), object(derived, strategic, Dkg.from));
        assertEquals(gYearMonth("2020-05"), object(derived, strategic, Dkg.fromPeriod));
        assertEquals(date("2023-09-01"), object(derived, strategic, Dkg.until));
        assertEquals(flag(true), object(derived, strategic, Dkg.announced));
        assertEquals(Set.of(statement("partnership", "a1", 1)), objects(derived, strategic, Dkg.mention));

        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, comprehensiveStrategic, Dkg.level));
        assertEquals(date("2023-09-01"), object(derived, comprehensiveStrategic, Dkg.from));
        assertEquals(gYearMonth("2023-09"), object(derived, comprehensiveStrategic, Dkg.fromPeriod));
        assertNull(object(derived, comprehensiveStrategic, Dkg.until), "the level in force today");
        assertEquals(flag(true), object(derived, comprehensiveStrategic, Dkg.announced));
        assertEquals(integer(3), object(derived, comprehensiveStrategic, Dkg.articleCount));
        assertEquals(Set.of(statement("partnership", "a2", 1), statement("partnership", "a3", 1),
                statement("partnership", "a4", 1)), objects(derived, comprehensiveStrategic, Dkg.mention));

        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, PAIR, Dkg.highestLevel));
        assertTrue(objects(derived, strategic, Dkg.contradictedBy).isEmpty());
        assertTrue(objects(derived, comprehensiveStrategic, Dkg.contradictedBy).isEmpty());
        // An interval is a part of its relation: the relation carries the key, and both intervals are its parts.
        assertNull(object(derived, strategic, Dkg.knowledgeKey));
        assertEquals(NodeFactory.createLiteralString("pair " + PAIR.getURI()), object(derived, PAIR, Dkg.knowledgeKey));
        assertEquals(Set.of(strategic, comprehensiveStrategic), objects(derived, PAIR, Dkg.levelInterval));
    }

    @Test
    void aLevelOnlyReferredToStartsAtTheEarliestReferenceAndIsNotAnnounced() {
        Graph derived = derive(RANKS, List.of(
                referred("a1", STRATEGIC, "2021-03"),
                referred("a2", STRATEGIC, "2019-07"),
                referred("a3", STRATEGIC, null)));

        Node strategic = interval(STRATEGIC);
        assertEquals(Set.of(strategic), objects(derived, PAIR, Dkg.levelInterval));
        assertEquals(date("2019-07-01"), object(derived, strategic, Dkg.from));
        assertEquals(gYearMonth("2019-07"), object(derived, strategic, Dkg.fromPeriod));
        assertEquals(flag(false), object(derived, strategic, Dkg.announced));
        assertNull(object(derived, strategic, Dkg.until));
        assertEquals(integer(3), object(derived, strategic, Dkg.articleCount));
        // The articles are linked once, from the relation; the interval counts them.
        assertEquals(Set.of(article("a1"), article("a2"), article("a3")), objects(derived, PAIR, Dkg.fromArticle));
        assertEquals(Set.of(), objects(derived, strategic, Dkg.fromArticle));
    }

    @Test
    void aLowerLevelStatedUnderAHigherOneOpensNoIntervalAndContradictsIt() {
        Graph derived = derive(RANKS, List.of(
                announced("a1", COMPREHENSIVE_STRATEGIC, "2020-05"),
                referred("a2", STRATEGIC, "2022-01")));

        Node comprehensiveStrategic = interval(COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(comprehensiveStrategic), objects(derived, PAIR, Dkg.levelInterval));
        assertFalse(derived.contains(interval(STRATEGIC), Node.ANY, Node.ANY), "no interval for the lower level");
        assertEquals(Set.of(statement("partnership", "a2", 1)),
                objects(derived, comprehensiveStrategic, Dkg.contradictedBy));
        assertNull(object(derived, comprehensiveStrategic, Dkg.until), "a lower level does not close it");
        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, PAIR, Dkg.highestLevel));
    }

    @Test
    void eachContradictionGoesToTheIntervalInForceAtItsDate() {
        Graph derived = derive(RANKS, List.of(
                announced("a1", STRATEGIC, "2015-01"),
                referred("a2", COMPREHENSIVE, "2018-06"),
                announced("a3", COMPREHENSIVE_STRATEGIC, "2023-09"),
                referred("a4", COMPREHENSIVE, "2024-02"),
                referred("a5", COMPREHENSIVE, null)));

        Node strategic = interval(STRATEGIC);
        Node comprehensiveStrategic = interval(COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(strategic, comprehensiveStrategic), objects(derived, PAIR, Dkg.levelInterval));
        assertEquals(date("2023-09-01"), object(derived, strategic, Dkg.until));
        Set<Node> underStrategic = objects(derived, strategic, Dkg.contradictedBy);
        Set<Node> underComprehensiveStrategic = objects(derived, comprehensiveStrategic, Dkg.contradictedBy);
        assertTrue(underStrategic.contains(statement("partnership", "a2", 1)), underStrategic.toString());
        assertTrue(underComprehensiveStrategic.contains(statement("partnership", "a4", 1)),
                underComprehensiveStrategic.toString());
        assertFalse(underStrategic.contains(statement("partnership", "a4", 1)));
        assertFalse(underComprehensiveStrategic.contains(statement("partnership", "a2", 1)));
        // The undated statement has no date of its own; it stays visible on one interval.
        assertTrue(underStrategic.contains(statement("partnership", "a5", 1))
                != underComprehensiveStrategic.contains(statement("partnership", "a5", 1)));
        assertEquals(3, underStrategic.size() + underComprehensiveStrategic.size());
        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, PAIR, Dkg.highestLevel));
    }

    @Test
    void aLevelStatedOnlyInUndatedArticlesHasAnIntervalWithoutDates() {
        Graph derived = derive(RANKS, List.of(
                announced("a1", STRATEGIC, "2020-05"),
                announced("a2", COMPREHENSIVE_STRATEGIC, null),
                referred("a3", COMPREHENSIVE_STRATEGIC, null)));

        Node strategic = interval(STRATEGIC);
        Node undated = interval(COMPREHENSIVE_STRATEGIC);
        assertEquals(Set.of(strategic, undated), objects(derived, PAIR, Dkg.levelInterval));
        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, undated, Dkg.level));
        assertNull(object(derived, undated, Dkg.from));
        assertNull(object(derived, undated, Dkg.fromPeriod));
        assertNull(object(derived, undated, Dkg.until));
        assertEquals(integer(2), object(derived, undated, Dkg.articleCount));
        assertNull(object(derived, strategic, Dkg.until), "an undated level supersedes nothing");
        assertEquals(date("2020-05-01"), object(derived, strategic, Dkg.from));
        assertEquals(level(COMPREHENSIVE_STRATEGIC), object(derived, PAIR, Dkg.highestLevel));
    }

    @Test
    void theYearMostArticlesGiveIsPreferredAndTheOthersDissent() {
        Graph derived = derive(RANKS, List.of(
                established("a1", 1, "1973", "2023-03"),
                established("a2", 1, "1973", "2023-04"),
                established("a3", 1, "1973", null),
                established("a4", 1, "1972", "2023-05")));

        Node preferred = claim("established/1973");
        Node dissenting = claim("established/1972");
        assertEquals(Set.of(gYear("1973")), objects(derived, PAIR, Dkg.establishedYear));
        assertEquals(Set.of(preferred, dissenting), objects(derived, PAIR, Dkg.establishmentClaim));
        assertEquals(Set.of(preferred, dissenting), ofType(derived, Dkg.EstablishmentClaim));
        assertEquals(gYear("1973"), object(derived, preferred, Dkg.establishedYear));
        assertEquals(flag(true), object(derived, preferred, Dkg.preferred));
        assertEquals(integer(3), object(derived, preferred, Dkg.articleCount));
        assertEquals(Set.of(statement("establishment", "a1", 1), statement("establishment", "a2", 1),
                statement("establishment", "a3", 1)), objects(derived, preferred, Dkg.mention));
        assertEquals(gYear("1972"), object(derived, dissenting, Dkg.establishedYear));
        assertEquals(flag(false), object(derived, dissenting, Dkg.preferred));
        assertEquals(integer(1), object(derived, dissenting, Dkg.articleCount));
        assertEquals(Set.of(statement("establishment", "a4", 1)), objects(derived, dissenting, Dkg.mention));
    }

    @Test
    void onATieTheEarliestYearIsPreferred() {
        Graph derived = derive(RANKS, List.of(
                established("a1", 1, "1973", "2023-03"),
                established("a2", 1, "1972", "2024-01")));

        assertEquals(Set.of(gYear("1972")), objects(derived, PAIR, Dkg.establishedYear));
        assertEquals(flag(true), object(derived, claim("established/1972"), Dkg.preferred));
        assertEquals(flag(false), object(derived, claim("established/1973"), Dkg.preferred));
    }

    @Test
    void articlesNotStatementsDecideTheEstablishmentYear() {
        // One article repeating 1973 three times weighs less than two articles giving 1974.
        Graph derived = derive(RANKS, List.of(
                established("a1", 1, "1973", "2023-03"),
                established("a1", 2, "1973", "2023-03"),
                established("a1", 3, "1973", "2023-03"),
                established("a2", 1, "1974", "2023-04"),
                established("a3", 1, "1974", "2023-05")));

        assertEquals(Set.of(gYear("1974")), objects(derived, PAIR, Dkg.establishedYear));
        assertEquals(integer(1), object(derived, claim("established/1973"), Dkg.articleCount));
        assertEquals(3, objects(derived, claim("established/1973"), Dkg.mention).size());
    }

    @Test
    void oneGoalStatedTwiceIsOneClaimAttestedFromTheFirstToTheLastMonth() {
        Node trade = id("indicator/bilateral-trade");
        Graph derived = derive(RANKS, List.of(
                target("a2", trade, "20000000000.0", "2025", "2024-06"),
                target("a1", trade, "20000000000.0", "2025", "2023-01"),
                target("a3", trade, "20000000000.0", "2025", null),
                target("a4", trade, "25000000000.0", "2030", "2024-09"),
                target("a5", trade, "20000000000.0", null, "2022-11")));

        Node claim = claim("target/bilateral-trade/20000000000.0-USD/2025");
        Node later = claim("target/bilateral-trade/25000000000.0-USD/2030");
        Node open = claim("target/bilateral-trade/20000000000.0-USD/open");
        assertEquals(Set.of(claim, later, open), objects(derived, PAIR, Dkg.targetClaim));
        assertEquals(Set.of(claim, later, open), ofType(derived, Dkg.TargetClaim));
        assertEquals(gYearMonth("2023-01"), object(derived, claim, Dkg.firstAttested));
        assertEquals(gYearMonth("2024-06"), object(derived, claim, Dkg.lastAttested));
        assertEquals(integer(3), object(derived, claim, Dkg.articleCount));
        assertEquals(trade, object(derived, claim, Dkg.indicator));
        assertEquals(NodeFactory.createLiteral("20000000000.0", XSDDatatype.XSDdecimal),
                object(derived, claim, Dkg.value));
        assertEquals(NodeFactory.createLiteralString("USD"), object(derived, claim, Dkg.unit));
        assertEquals(gYear("2025"), object(derived, claim, Dkg.targetYear));
        assertEquals(gYearMonth("2024-09"), object(derived, later, Dkg.firstAttested));
        assertEquals(gYearMonth("2024-09"), object(derived, later, Dkg.lastAttested));
        assertNull(object(derived, open, Dkg.targetYear), "no year was stated");
        assertEquals(gYearMonth("2022-11"), object(derived, open, Dkg.firstAttested));
    }

    @Test
    void sectorsCountTheArticlesThatDiscussThemAndTheRelationCountsEveryArticleBehindIt() {
        Node energy = id("sector/energy");
        Node trade = id("sector/trade");
        Graph derived = derive(RANKS, List.of(
                new AboutMention(article("a1"), PAIR, Set.of(energy, trade)),
                new AboutMention(article("a2"), PAIR, Set.of(trade)),
                announced("a2", STRATEGIC, "2020-05"),
                established("a3", 1, "1973", "2023-03")));

        Node tradeCoverage = claim("sector/trade");
        Node energyCoverage = claim("sector/energy");
        assertEquals(Set.of(tradeCoverage, energyCoverage), objects(derived, PAIR, Dkg.sectorCoverage));
        assertEquals(trade, object(derived, tradeCoverage, Dkg.sector));
        assertEquals(integer(2), object(derived, tradeCoverage, Dkg.articleCount));
        // Counted, not linked: the relation links the articles once, not once per sector.
        assertEquals(Set.of(), objects(derived, tradeCoverage, Dkg.fromArticle));
        assertEquals(integer(1), object(derived, energyCoverage, Dkg.articleCount));
        // dkg:articleCount is "the number of distinct articles that support the resource" (ontology).
        assertEquals(integer(3), object(derived, PAIR, Dkg.articleCount));
        assertEquals(Set.of(article("a1"), article("a2"), article("a3")), objects(derived, PAIR, Dkg.fromArticle));
        assertEquals(NodeFactory.createLiteralString("pair " + PAIR.getURI()), object(derived, PAIR, Dkg.knowledgeKey));
    }

    @Test
    void aGroupOfSectorsCountsEachArticleOnceHoweverManyOfItsSectorsItDiscusses() {
        Node trade = id("sector/trade");
        Node investment = id("sector/investment");
        Node energy = id("sector/energy");
        Graph derived = derive(RANKS, List.of(
                new AboutMention(article("a1"), PAIR, Set.of(trade, investment)),
                new AboutMention(article("a2"), PAIR, Set.of(investment, energy)),
                new AboutMention(article("a3"), PAIR, Set.of()),
                // A sector the reference data puts in no group is counted on its own, in no group.
                new AboutMention(article("a4"), PAIR, Set.of(id("sector/culture")))));

        Node economy = claim("sector-group/economy");
        Node energyGroup = claim("sector-group/energy");
        assertEquals(Set.of(economy, energyGroup), objects(derived, PAIR, Dkg.sectorGroupCoverage));
        assertEquals(id("sector-group/economy"), object(derived, economy, Dkg.sectorGroup));
        assertEquals(integer(2), object(derived, economy, Dkg.articleCount));
        assertEquals(integer(1), object(derived, energyGroup, Dkg.articleCount));
        // a3 discusses no sector: about the relation, not among the articles discussing one.
        assertEquals(integer(3), object(derived, PAIR, Dkg.sectorArticleCount));
        assertEquals(integer(4), object(derived, PAIR, Dkg.articleCount));
    }

    @Test
    void aRelationWhoseArticlesDiscussNoSectorHasNoSectorCounts() {
        Graph derived = derive(RANKS, List.of(new AboutMention(article("a1"), PAIR, Set.of())));

        assertNull(object(derived, PAIR, Dkg.sectorArticleCount));
        assertEquals(Set.of(), objects(derived, PAIR, Dkg.sectorGroupCoverage));
    }

    private static Node interval(String levelId) {
        return claim("level/" + levelId);
    }

    private static Node claim(String path) {
        return NodeFactory.createURI(PAIR.getURI() + "/" + path);
    }

    private static LevelMention announced(String articleId, String levelId, String articleDate) {
        return stated(articleId, levelId, true, articleDate);
    }

    private static LevelMention referred(String articleId, String levelId, String articleDate) {
        return stated(articleId, levelId, false, articleDate);
    }

    private static LevelMention stated(String articleId, String levelId, boolean announced, String articleDate) {
        return new LevelMention(statement("partnership", articleId, 1), article(articleId), PAIR, level(levelId),
                announced, articleDate, List.of(sentence(articleId, 1)));
    }

    private static EstablishmentMention established(String articleId, int ordinal, String year, String articleDate) {
        return new EstablishmentMention(statement("establishment", articleId, ordinal), article(articleId), PAIR,
                year, articleDate, List.of(sentence(articleId, ordinal)));
    }

    private static TargetMention target(String articleId, Node indicator, String value, String year,
                                        String articleDate) {
        return new TargetMention(statement("target", articleId, 1), article(articleId), PAIR, indicator,
                NodeFactory.createLiteral(value, XSDDatatype.XSDdecimal), NodeFactory.createLiteralString("USD"),
                year == null ? null : gYear(year), articleDate, List.of(sentence(articleId, 1)));
    }
}
