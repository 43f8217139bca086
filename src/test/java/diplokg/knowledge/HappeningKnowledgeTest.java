package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.article;
import static diplokg.knowledge.KnowledgeFixture.articleGraph;
import static diplokg.knowledge.KnowledgeFixture.date;
import static diplokg.knowledge.KnowledgeFixture.derive;
import static diplokg.knowledge.KnowledgeFixture.event;
import static diplokg.knowledge.KnowledgeFixture.happening;
import static diplokg.knowledge.KnowledgeFixture.id;
import static diplokg.knowledge.KnowledgeFixture.integer;
import static diplokg.knowledge.KnowledgeFixture.object;
import static diplokg.knowledge.KnowledgeFixture.objects;
import static diplokg.knowledge.KnowledgeFixture.ofType;
import static diplokg.knowledge.KnowledgeFixture.person;
import static diplokg.knowledge.KnowledgeFixture.statement;
import static diplokg.knowledge.KnowledgeFixture.states;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class HappeningKnowledgeTest {

    private static final Property SUB_EVENT_OF = ResourceFactory.createProperty(Namespaces.SEM, "subEventOf");

    @Test
    void twoArticlesReportingOneMeetingOnOneDayAreOneHappening() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").in("Hà Nội").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build()));

        Node meeting = happening("2024-11-13/meeting/FR-VN");
        assertEquals(Set.of(meeting), ofType(derived, Dkg.Happening));
        // sem:Event follows from the ontology (dkg:Happening is a subclass); the graph does not repeat it.
        assertEquals(Set.of(Dkg.Happening.asNode()), objects(derived, meeting, RDF.type));
        assertEquals(id("event-type/meeting"), object(derived, meeting, Dkg.eventType));
        assertEquals(integer(2), object(derived, meeting, Dkg.articleCount));
        assertEquals(integer(2), object(derived, meeting, Dkg.mentionCount));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a2", 1)),
                objects(derived, meeting, Dkg.mention));
        assertEquals(Set.of(article("a1"), article("a2")), objects(derived, meeting, Dkg.fromArticle));
        // The mentions lead to their sentences; the happening does not repeat them.
        assertEquals(Set.of(), objects(derived, meeting, Dkg.evidence));
        assertEquals(Set.of(person("luong-cuong"), person("emmanuel-macron")),
                objects(derived, meeting, Dkg.participant));
        assertEquals(states("FR", "VN"), objects(derived, meeting, Dkg.involvesState));
        assertEquals(NodeFactory.createLiteralString("2024-11-13"), object(derived, meeting, Dkg.date));
        assertEquals(date("2024-11-13"), object(derived, meeting, Dkg.timeStamp));
        assertEquals(NodeFactory.createLiteralString("Hà Nội"), object(derived, meeting, Dkg.place));
        assertEquals(NodeFactory.createLiteralString("meeting, 2024-11-13, Hà Nội"),
                object(derived, meeting, RDFS.label));
        assertEquals(NodeFactory.createLiteralString("events 2024-11"), object(derived, meeting, Dkg.knowledgeKey));
    }

    @Test
    void theParticipantsNamesAreOnePerPersonInAlphabeticalOrderAsTheReportsSpellThem() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").named("luong-cuong", "Lương Cường").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").named("luong-cuong", "Luong Cuong")
                        .named("emmanuel-macron", "Emmanuel Macron").of("FR", "VN").build(),
                // Another happening: its names are its own.
                event("a3", 1).on("2024-11-20").type("phone-call").named("fumio-kishida", "Fumio Kishida")
                        .of("JP", "VN").build()));

        // Two spellings of one person: the first in code-point order ('u' before 'ư'), once.
        assertEquals(NodeFactory.createLiteralString("Emmanuel Macron, Luong Cuong"),
                object(derived, happening("2024-11-13/meeting/FR-VN"), Dkg.participantNames));
        assertEquals(NodeFactory.createLiteralString("Fumio Kishida"),
                object(derived, happening("2024-11-20/phone-call/JP-VN"), Dkg.participantNames));
    }

    @Test
    void eachMonthYearAndMonthOfUnknownYearIndexesItsDatedHappeningsButNoUndatedOnes() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("a3", 1).on("2023").with("luong-cuong").of("FR", "VN").build(),
                event("a4", 1).on("--10-31").with("luong-cuong").of("FR", "VN").build(),
                event("a5", 1).with("emmanuel-macron").of("FR", "VN").build()));

        assertEquals(Set.of(id("happenings/2024-11"), id("happenings/2023"), id("happenings/--10")),
                ofType(derived, Dkg.HappeningPeriod));
        assertEquals(Set.of(happening("2024-11-13/meeting/FR-VN"), happening("2024-11/visit/FR-VN")),
                objects(derived, id("happenings/2024-11"), Dkg.periodHappening));
        assertEquals(NodeFactory.createLiteralString("2024-11"),
                object(derived, id("happenings/2024-11"), Dkg.period));
        assertEquals(Set.of(happening("2023/meeting/FR-VN")),
                objects(derived, id("happenings/2023"), Dkg.periodHappening));
        // A day without a year is named after its mention, as an undated one, but has a date.
        assertEquals(Set.of(happening("undated/a4-1")),
                objects(derived, id("happenings/--10"), Dkg.periodHappening));
    }

    @Test
    void aHappeningWhoseReportsNameNobodyHasNoParticipantNames() {
        Graph derived = derive(List.of(event("a1", 1).on("2024-11-13").of("FR", "VN").build()));

        assertNull(object(derived, happening("2024-11-13/meeting/FR-VN"), Dkg.participantNames));
    }

    @Test
    void placesAreComparedWithoutAccentsOrCaseAndTheFirstInTextOrderIsWrittenOnATie() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").in("Hà Nội").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").in("ha noi").with("luong-cuong").of("FR", "VN").build()));

        Node meeting = happening("2024-11-13/meeting/FR-VN");
        assertEquals(Set.of(meeting), ofType(derived, Dkg.Happening));
        // "Hà Nội" sorts before "ha noi": 'H' is before 'h'.
        assertEquals(NodeFactory.createLiteralString("Hà Nội"), object(derived, meeting, Dkg.place));
    }

    @Test
    void sameDayInTwoPlacesIsTwoHappeningsAndTheSecondNameIsNumbered() {
        Graph derived = derive(List.of(
                event("a2", 1).on("2024-11-13").in("Paris").with("luong-cuong").of("FR", "VN").build(),
                event("a1", 1).on("2024-11-13").in("Hà Nội").with("luong-cuong").of("FR", "VN").build()));

        Node first = happening("2024-11-13/meeting/FR-VN");
        Node second = happening("2024-11-13/meeting/FR-VN-2");
        assertEquals(Set.of(first, second), ofType(derived, Dkg.Happening));
        // Numbered in the order of their first mention: event/a1-1 comes before event/a2-1.
        assertEquals(Set.of(statement("event", "a1", 1)), objects(derived, first, Dkg.mention));
        assertEquals(NodeFactory.createLiteralString("Hà Nội"), object(derived, first, Dkg.place));
        assertEquals(Set.of(statement("event", "a2", 1)), objects(derived, second, Dkg.mention));
        assertEquals(NodeFactory.createLiteralString("Paris"), object(derived, second, Dkg.place));
        assertEquals(integer(1), object(derived, second, Dkg.mentionCount));
    }

    @Test
    void sameDayButAnotherTypeIsAnotherHappening() {
        Graph derived = derive(List.of(
                event("a1", 1).type("meeting").on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).type("phone-call").on("2024-11-13").with("luong-cuong").of("FR", "VN").build()));

        assertEquals(Set.of(happening("2024-11-13/meeting/FR-VN"), happening("2024-11-13/phone-call/FR-VN")),
                ofType(derived, Dkg.Happening));
        assertEquals(id("event-type/phone-call"),
                object(derived, happening("2024-11-13/phone-call/FR-VN"), Dkg.eventType));
    }

    @Test
    void twoSharedStatesMakeOneHappeningWithoutASharedParticipantButOneStateDoesNot() {
        Graph twoStates = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("emmanuel-macron").of("FR", "VN").build()));
        assertEquals(Set.of(happening("2024-11-13/meeting/FR-VN")), ofType(twoStates, Dkg.Happening));

        Graph oneState = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("VN").build(),
                event("a2", 1).on("2024-11-13").with("pham-minh-chinh").of("VN").build()));
        assertEquals(Set.of(happening("2024-11-13/meeting/VN"), happening("2024-11-13/meeting/VN-2")),
                ofType(oneState, Dkg.Happening));
    }

    @Test
    void sameDayMentionsJoinTransitively() {
        // a1 and a3 share nobody and one state at most; a2 shares a participant with each.
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("a3", 1).on("2024-11-13").with("emmanuel-macron").of("FR").build()));

        Node meeting = happening("2024-11-13/meeting/FR-VN");
        assertEquals(Set.of(meeting), ofType(derived, Dkg.Happening));
        assertEquals(integer(3), object(derived, meeting, Dkg.mentionCount));
        assertEquals(integer(3), object(derived, meeting, Dkg.articleCount));
    }

    @Test
    void twoReportsInOneArticleCountOneArticleAndTwoMentions() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a1", 2).on("2024-11-13").with("luong-cuong").of("FR", "VN").build()));

        Node meeting = happening("2024-11-13/meeting/FR-VN");
        assertEquals(integer(1), object(derived, meeting, Dkg.articleCount));
        assertEquals(integer(2), object(derived, meeting, Dkg.mentionCount));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a1", 2)),
                objects(derived, meeting, Dkg.mention));
    }

    @Test
    void aMonthOnlyMentionJoinsTheDayItSharesMostParticipantsWith() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-05").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-20").with("pham-minh-chinh", "jean-noel-barrot").of("FR", "VN").build(),
                event("a3", 1).on("2024-11").with("pham-minh-chinh", "jean-noel-barrot").of("FR", "VN").build()));

        Node fifth = happening("2024-11-05/meeting/FR-VN");
        Node twentieth = happening("2024-11-20/meeting/FR-VN");
        assertEquals(Set.of(fifth, twentieth), ofType(derived, Dkg.Happening));
        assertEquals(Set.of(statement("event", "a2", 1), statement("event", "a3", 1)),
                objects(derived, twentieth, Dkg.mention));
        assertEquals(integer(2), object(derived, twentieth, Dkg.articleCount));
        assertEquals(NodeFactory.createLiteralString("2024-11-20"), object(derived, twentieth, Dkg.date));
        assertEquals(integer(1), object(derived, fifth, Dkg.mentionCount));
    }

    @Test
    void aMonthOnlyMentionFittingTwoDaysEquallyJoinsTheEarliest() {
        // The later day is reported by the article named first, so the choice is by date, not by mention order.
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-20").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-05").with("luong-cuong", "jean-noel-barrot").of("FR", "VN").build(),
                event("a3", 1).on("2024-11").with("luong-cuong").of("FR", "VN").build()));

        assertEquals(Set.of(statement("event", "a2", 1), statement("event", "a3", 1)),
                objects(derived, happening("2024-11-05/meeting/FR-VN"), Dkg.mention));
        assertEquals(Set.of(statement("event", "a1", 1)),
                objects(derived, happening("2024-11-20/meeting/FR-VN"), Dkg.mention));
    }

    @Test
    void monthOnlyMentionsThatFitNoDayGroupAmongThemselves() {
        // Sharing one state (VN) with the day's meeting is not enough; the two month-only reports share a person.
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-05").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11").with("pham-minh-chinh").of("JP", "VN").build(),
                event("a3", 1).on("2024-11").with("pham-minh-chinh").of("JP", "VN").build(),
                event("a4", 1).on("2024-11").with("to-lam").of("CN", "VN").build()));

        Node day = happening("2024-11-05/meeting/FR-VN");
        Node month = happening("2024-11/meeting/JP-VN");
        Node alone = happening("2024-11/meeting/CN-VN");
        assertEquals(Set.of(day, month, alone), ofType(derived, Dkg.Happening));
        assertEquals(integer(1), object(derived, day, Dkg.mentionCount));
        assertEquals(integer(2), object(derived, month, Dkg.mentionCount));
        assertEquals(NodeFactory.createLiteralString("2024-11"), object(derived, month, Dkg.date));
        assertNull(object(derived, month, Dkg.timeStamp), "a month is no xsd:date");
        assertEquals(NodeFactory.createLiteralString("events 2024-11"), object(derived, month, Dkg.knowledgeKey));
        assertEquals(integer(1), object(derived, alone, Dkg.mentionCount));
    }

    @Test
    void yearOnlyMentionsGroupAmongThemselves() {
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2023").with("to-lam").of("FR", "VN").build(),
                event("a2", 1).type("visit").on("2023").with("to-lam").of("FR", "VN").build(),
                event("a3", 1).type("visit").on("2023").with("pham-minh-chinh").of("JP", "VN").build(),
                event("a4", 1).type("visit").on("2023-03-02").with("to-lam").of("FR", "VN").build()));

        Node france = happening("2023/visit/FR-VN");
        Node japan = happening("2023/visit/JP-VN");
        Node day = happening("2023-03-02/visit/FR-VN");
        assertEquals(Set.of(france, japan, day), ofType(derived, Dkg.Happening));
        assertEquals(integer(2), object(derived, france, Dkg.mentionCount));
        assertEquals(NodeFactory.createLiteralString("events 2023"), object(derived, france, Dkg.knowledgeKey));
        assertEquals(integer(1), object(derived, japan, Dkg.mentionCount));
        assertEquals(integer(1), object(derived, day, Dkg.mentionCount), "a year alone never joins a day");
    }

    @Test
    void undatedMentionsStayAloneAndAreNamedAfterTheMention() {
        Graph derived = derive(List.of(
                event("a1", 1).with("luong-cuong").of("FR", "VN").build(),
                event("a1", 2).with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("vers la fin de l'année").with("luong-cuong").of("FR", "VN").build()));

        Node first = happening("undated/a1-1");
        Node second = happening("undated/a1-2");
        Node third = happening("undated/a2-1");
        assertEquals(Set.of(first, second, third), ofType(derived, Dkg.Happening));
        for (Node alone : List.of(first, second, third)) {
            assertEquals(integer(1), object(derived, alone, Dkg.mentionCount), alone.toString());
            assertNull(object(derived, alone, Dkg.timeStamp), alone.toString());
        }
        assertNull(object(derived, first, Dkg.date));
        assertEquals(NodeFactory.createLiteralString("undated_events " + articleGraph("a1").getURI()),
                object(derived, first, Dkg.knowledgeKey));
    }

    @Test
    void aMeetingOnTheDayOfAVisitOfThePairIsPartOfIt() {
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2024-11-13").with("emmanuel-macron").of("FR", "VN").build(),
                event("a1", 2).type("meeting").on("2024-11-13").with("emmanuel-macron", "luong-cuong")
                        .of("FR", "VN").build(),
                event("a2", 1).type("meeting").on("2024-11-14").with("emmanuel-macron").of("FR", "VN").build(),
                event("a3", 1).type("meeting").on("2024-11-13").with("fumio-kishida").of("JP", "VN").build(),
                event("a4", 1).type("phone-call").on("2024-11-13").with("emmanuel-macron").of("FR", "VN").build()));

        Node visit = happening("2024-11-13/visit/FR-VN");
        assertEquals(Set.of(visit), objects(derived, happening("2024-11-13/meeting/FR-VN"), SUB_EVENT_OF));
        assertTrue(objects(derived, visit, SUB_EVENT_OF).isEmpty(), "a visit is part of nothing");
        assertTrue(objects(derived, happening("2024-11-14/meeting/FR-VN"), SUB_EVENT_OF).isEmpty(),
                "another day than the visit's");
        assertTrue(objects(derived, happening("2024-11-13/meeting/JP-VN"), SUB_EVENT_OF).isEmpty(),
                "another pair, nobody shared");
        assertTrue(objects(derived, happening("2024-11-13/phone-call/FR-VN"), SUB_EVENT_OF).isEmpty(),
                "a phone call does not happen during a visit");
    }

    @Test
    void aSigningDuringAVisitDatedByItsMonthIsPartOfIt() {
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2024-11").with("emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).type("signing").on("2024-11-14").with("emmanuel-macron").of("FR", "VN").build()));

        assertEquals(Set.of(happening("2024-11/visit/FR-VN")),
                objects(derived, happening("2024-11-14/signing/FR-VN"), SUB_EVENT_OF));
    }

    @Test
    void theVisitOfTheSameDayComesBeforeAVisitDatedByTheMonth() {
        // The month-only visit shares nobody and one state with the day's visit, so it stays a visit of its own;
        // the meeting shares more people with it, but a day is a closer date than a month.
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2024-11-13").with("emmanuel-macron").of("FR").build(),
                event("a2", 1).type("visit").on("2024-11").with("luong-cuong", "to-lam").of("VN").build(),
                event("a3", 1).type("meeting").on("2024-11-13").with("emmanuel-macron", "luong-cuong", "to-lam")
                        .of("FR", "VN").build()));

        assertEquals(Set.of(happening("2024-11-13/visit/FR"), happening("2024-11/visit/VN"),
                happening("2024-11-13/meeting/FR-VN")), ofType(derived, Dkg.Happening));
        assertEquals(Set.of(happening("2024-11-13/visit/FR")),
                objects(derived, happening("2024-11-13/meeting/FR-VN"), SUB_EVENT_OF));
    }

    @Test
    void aMeetingDatedByItsMonthIsNotPlacedInADayVisit() {
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2024-11-13").with("emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).type("meeting").on("2024-11").with("emmanuel-macron").of("FR", "VN").build()));

        Node meeting = happening("2024-11/meeting/FR-VN");
        assertTrue(ofType(derived, Dkg.Happening).contains(meeting));
        assertFalse(derived.contains(meeting, SUB_EVENT_OF.asNode(), Node.ANY),
                "only a meeting of the visit's day, or of a day in a visit's month, is part of it");
    }

    @Test
    void aDayWithoutItsYearJoinsTheHappeningOfThatDayItFitsTheLatestYearOnATie() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2023-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("undated", 1).on("--11-13").with("luong-cuong").of("FR", "VN").build()));

        Node later = happening("2024-11-13/meeting/FR-VN");
        assertEquals(Set.of(happening("2023-11-13/meeting/FR-VN"), later), ofType(derived, Dkg.Happening));
        assertEquals(Set.of(statement("event", "a2", 1), statement("event", "undated", 1)),
                objects(derived, later, Dkg.mention));
        assertEquals(NodeFactory.createLiteralString("2024-11-13"), object(derived, later, Dkg.date));
        assertEquals(NodeFactory.createLiteralString("events 2024-11"), object(derived, later, Dkg.knowledgeKey));
    }

    @Test
    void aDayWithoutItsYearTakesTheYearItFitsBestBeforeTheLatest() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2023-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("undated", 1).on("--11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build()));

        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "undated", 1)),
                objects(derived, happening("2023-11-13/meeting/FR-VN"), Dkg.mention));
    }

    @Test
    void daysWithoutTheirYearThatFitNoDatedHappeningGroupAmongThemselves() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-14").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).on("--11-14").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("u2", 1).on("--11-14").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("u3", 1).on("--11-15").type("visit").with("luong-cuong").of("FR", "VN").build()));

        // Another type on the same day, and another day, are other happenings.
        assertEquals(4, ofType(derived, Dkg.Happening).size(), () -> ofType(derived, Dkg.Happening).toString());
        Node visit = happening("undated/u1-1");
        assertEquals(Set.of(statement("event", "u1", 1), statement("event", "u2", 1)),
                objects(derived, visit, Dkg.mention));
        assertEquals(NodeFactory.createLiteralString("--11-14"), object(derived, visit, Dkg.date));
        // The label is read by people (pages, tables, the JSON-LD of a description): the day reads as one.
        assertEquals(NodeFactory.createLiteralString("visit, 14 Nov, no year"), object(derived, visit, RDFS.label));
        assertEquals(NodeFactory.createLiteralString("events --11"), object(derived, visit, Dkg.knowledgeKey));
    }

    @Test
    void aDayWithoutItsYearJoinsAHappeningDatedByItsMonthAloneAndADayOverAMonth() {
        Graph byMonth = derive(List.of(
                event("a1", 1).on("2024-11").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("undated", 1).on("--11-13").type("visit").with("luong-cuong").of("FR", "VN").build()));
        Node visit = happening("2024-11-13/visit/FR-VN");
        assertEquals(Set.of(visit), ofType(byMonth, Dkg.Happening));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "undated", 1)),
                objects(byMonth, visit, Dkg.mention));

        Graph dayAndMonth = derive(List.of(
                event("a1", 1).on("2025-11").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2023-11-13").type("visit").with("luong-cuong").of("FR", "VN").build(),
                event("undated", 1).on("--11-13").type("visit").with("luong-cuong").of("FR", "VN").build()));
        assertEquals(Set.of(statement("event", "a2", 1), statement("event", "undated", 1)),
                objects(dayAndMonth, happening("2023-11-13/visit/FR-VN"), Dkg.mention));
    }

    @Test
    void anUndatedMentionJoinsTheOneHappeningItFitsInAnyMonth() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11").in("Hanoï").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("u1", 1).in("Hanoi").with("emmanuel-macron").of("FR", "VN").build()));

        Node meeting = happening("2024-11/meeting/FR-VN");
        assertEquals(Set.of(meeting), ofType(derived, Dkg.Happening));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "u1", 1)),
                objects(derived, meeting, Dkg.mention));
        assertEquals(NodeFactory.createLiteralString("events 2024-11"), object(derived, meeting, Dkg.knowledgeKey));
    }

    @Test
    void anUndatedMentionThatFitsTwoHappeningsEquallyOrSharesNoPersonStaysAlone() {
        Graph twoYears = derive(List.of(
                event("a1", 1).on("2023-05-02").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).with("luong-cuong").of("FR", "VN").build()));
        assertEquals(Set.of(statement("event", "u1", 1)), objects(twoYears, happening("undated/u1-1"), Dkg.mention),
                "two meetings of the same people: it belongs to neither");

        Graph statesOnly = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).of("FR", "VN").build()));
        assertEquals(2, ofType(statesOnly, Dkg.Happening).size(), "two states alone are any meeting of the pair");

        Graph otherPlace = derive(List.of(
                event("a1", 1).on("2024-11-13").in("Paris").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).in("Hanoi").with("luong-cuong").of("FR", "VN").build()));
        assertEquals(2, ofType(otherPlace, Dkg.Happening).size());

        Graph otherPeople = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("u1", 1).with("luong-cuong", "francois-bayrou").of("FR", "VN").build()));
        assertEquals(2, ofType(otherPeople, Dkg.Happening).size(), "the same host with another guest: another one");
    }

    @Test
    void anUndatedMentionJoinsTheHappeningThatSharesTheMostPeople() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2023-05-02").with("luong-cuong").of("FR", "VN").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("u1", 1).with("luong-cuong", "emmanuel-macron").of("FR", "VN").build()));
        assertEquals(Set.of(statement("event", "a2", 1), statement("event", "u1", 1)),
                objects(derived, happening("2024-11-13/meeting/FR-VN"), Dkg.mention));
    }

    @Test
    void anUndatedMentionJoinsNoHappeningItsOwnArticleReportsNorOneASiblingJoins() {
        Graph own = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).on("--11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("u1", 2).with("luong-cuong").of("FR", "VN").build()));
        assertEquals(Set.of(statement("event", "u1", 2)), objects(own, happening("undated/u1-2"), Dkg.mention),
                "its article already tells that meeting: this one is another");

        Graph siblings = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").of("FR", "VN").build(),
                event("u1", 1).with("luong-cuong").of("FR", "VN").build(),
                event("u1", 2).with("luong-cuong").of("FR", "VN").build()));
        assertEquals(3, ofType(siblings, Dkg.Happening).size(), "two mentions of one article are two happenings");
    }

    @Test
    void aMonthOnlyMentionNamingAnotherGuestDoesNotJoinTheDay() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong", "emmanuel-macron").of("FR", "VN").build(),
                event("a2", 1).on("2024-11").with("luong-cuong", "francois-bayrou").of("FR", "VN").build(),
                event("a3", 1).on("2024-11").with("emmanuel-macron").of("FR", "VN").build()));
        Node day = happening("2024-11-13/meeting/FR-VN");
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a3", 1)),
                objects(derived, day, Dkg.mention), "a partial list of the same people joins; another guest does not");
    }

    @Test
    void reportsNamingEachOneSideOfThePairAreOneHappening() {
        // One report names only the Vietnamese signatory, the other only the French one: the same pair, one signing.
        Graph sides = derive(List.of(
                event("a1", 1).type("signing").on("2024-11-13").with("luong-cuong").serving("VN").of("FR").build(),
                event("a2", 1).type("signing").on("2024-11-13").with("emmanuel-macron").serving("FR").of("VN")
                        .build()));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a2", 1)),
                objects(sides, happening("2024-11-13/signing/FR-VN"), Dkg.mention));
    }

    @Test
    void reportsNamingOtherPeopleOfOneStateAndNobodyInCommonAreTwoHappenings() {
        // Each names a Vietnamese host the other does not: two hosts, two meetings, though the pair is the same.
        Graph hosts = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").serving("VN").of("FR").build(),
                event("a2", 1).on("2024-11-13").with("pham-minh-chinh").serving("VN").of("FR").build()));
        assertEquals(Set.of(happening("2024-11-13/meeting/FR-VN"), happening("2024-11-13/meeting/FR-VN-2")),
                ofType(hosts, Dkg.Happening));

        Graph months = derive(List.of(
                event("a1", 1).on("2024-11").with("luong-cuong").serving("VN").of("FR").build(),
                event("a2", 1).on("2024-11").with("pham-minh-chinh").serving("VN").of("FR").build()));
        assertEquals(2, ofType(months, Dkg.Happening).size(), "month-only reports alike");
    }

    @Test
    void aMonthOnlyReportNamingOneSideJoinsTheDayOfThePairThatNamesNobody() {
        Graph derived = derive(List.of(
                event("a1", 1).type("signing").on("2024-11-13").of("FR", "VN").build(),
                event("a2", 1).type("signing").on("2024-11").with("luong-cuong").serving("VN").of("FR").build()));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a2", 1)),
                objects(derived, happening("2024-11-13/signing/FR-VN"), Dkg.mention));
    }

    @Test
    void twoMentionsOfOneArticleNamingNobodyInCommonAreNeverOneHappening() {
        // a1 tells the talks with two hosts; a2 names both hosts and fits each, so it joins one of them only.
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").with("luong-cuong").serving("VN").of("FR").build(),
                event("a1", 2).on("2024-11-13").with("pham-minh-chinh").serving("VN").of("FR").build(),
                event("a2", 1).on("2024-11-13").with("luong-cuong", "pham-minh-chinh").serving("VN").of("FR")
                        .build()));
        assertEquals(Set.of(statement("event", "a1", 1), statement("event", "a2", 1)),
                objects(derived, happening("2024-11-13/meeting/FR-VN"), Dkg.mention));
        assertEquals(Set.of(statement("event", "a1", 2)),
                objects(derived, happening("2024-11-13/meeting/FR-VN-2"), Dkg.mention));

        // A month-only mention of that article does not join the day either.
        Graph month = derive(List.of(
                event("a1", 1).on("2024-11-13").of("FR", "VN").build(),
                event("a1", 2).on("2024-11").with("pham-minh-chinh").serving("VN").of("FR").build()));
        assertEquals(2, ofType(month, Dkg.Happening).size());
    }

    @Test
    void reportsWithoutAPlaceDoNotJoinAHappeningInOnePlaceToOneInAnother() {
        // a2 names no place and fits a1 (Hanoi) and a3 (Astana) by the pair: it joins one, never both.
        Graph derived = derive(List.of(
                event("a1", 1).type("visit").on("2017-02-02").in("Hanoï").of("KZ", "VN").build(),
                event("a2", 1).type("visit").on("2017-02-02").of("KZ", "VN").build(),
                event("a3", 1).type("visit").on("2017-02-02").in("Astana").of("KZ", "VN").build()));
        assertEquals(2, ofType(derived, Dkg.Happening).size());
    }
}
