package diplokg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ArticleDateTest {

    @Test
    void aDateWithoutAYearTakesTheArticlesYear() {
        assertEquals("2024-10-31", ArticleDate.withYear("--10-31", "2024-11"));
        assertEquals("2024-11-05", ArticleDate.withYear("--11-05", "2024-11-20"));
    }

    @Test
    void aDayAfterTheArticlesMonthBelongsToTheYearBefore() {
        assertEquals("2024-12-28", ArticleDate.withYear("--12-28", "2025-01"));
    }

    @Test
    void otherDatesAndUndatedArticlesAreLeftAsTheyAre() {
        assertEquals("--10-31", ArticleDate.withYear("--10-31", null));
        assertEquals("2023-05", ArticleDate.withYear("2023-05", "2024-11"));
        assertNull(ArticleDate.withYear(null, "2024-11"));
    }

    /** Two articles: one dates the meeting 2024-10-31, the other "31 octobre" in an article of November 2024. */
    @Test
    void aMeetingDatedWithoutAYearJoinsTheHappeningOfItsDayAndIsFoundByItsMonth() {
        BaseIri base = BaseIri.DEFAULT;
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Node person = NodeFactory.createURI(base.id("person/marc-knapper"));
        List<Node> graphs = new ArrayList<>();
        for (String[] report : new String[][] {{"a", "2024-10-31", "2024-10"}, {"b", "--10-31", "2024-11"}}) {
            Node graph = NodeFactory.createURI(base.articleGraph(report[0]));
            Node article = NodeFactory.createURI(base.id("article/" + report[0]));
            Node event = NodeFactory.createURI(base.id("event/" + report[0] + "-0"));
            dataset.add(graph, article, RDF.type.asNode(), Dkg.Article.asNode());
            dataset.add(graph, article, Dkg.publicationMonth.asNode(), NodeFactory.createLiteralString(report[2]));
            dataset.add(graph, event, RDF.type.asNode(), Dkg.Event.asNode());
            dataset.add(graph, event, Dkg.eventType.asNode(), NodeFactory.createURI(base.id("event-type/meeting")));
            dataset.add(graph, event, Dkg.date.asNode(), NodeFactory.createLiteralString(report[1]));
            dataset.add(graph, event, Dkg.statedIn.asNode(), article);
            dataset.add(graph, event, Dkg.participant.asNode(), person);
            graphs.add(graph);
        }
        Graph derived = new KnowledgeLayer(base).derive(dataset);
        Node happening = NodeFactory.createURI(base.id("happening/2024-10-31/meeting"));
        assertEquals(1, derived.find(Node.ANY, RDF.type.asNode(), Dkg.Happening.asNode()).toList().size(),
                derived::toString);
        assertEquals("2", derived.find(happening, Dkg.articleCount.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        MentionReader reader = new MentionReader(dataset, base);
        assertEquals(2, reader.forKey(KnowledgeKey.events("2024-10")).size(), "the key's lookup finds both");
    }
}
