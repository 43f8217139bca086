package diplokg.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.article.Article;
import diplokg.article.TextBlock;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.recognize.ArticleFacts;
import diplokg.recognize.DiplomaticEvent;
import diplokg.recognize.Mention;
import diplokg.recognize.Official;
import diplokg.recognize.Partnership;
import diplokg.recognize.StatePair;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;

class ArticleGraphMapperTest {

    private static final String TITLE = "Le Laos et le Vietnam";
    private static final String BODY = "Le président Thongloun Sisoulith a reçu le 3 mars son homologue.";

    private static ArticleFacts facts() {
        String text = TITLE + "\n\n" + BODY;
        int start = TITLE.length() + 2;
        Article article = new Article("t1", Optional.of(YearMonth.of(2025, 3)), new TextBlock(TITLE, 0, TITLE.length()),
                Optional.of("VNA/CVN"), List.of(new TextBlock(BODY, start, text.length())), text, Path.of("t1.txt"));
        List<Sentence> sentences = List.of(new Sentence(0, TITLE, 0, TITLE.length(), List.of()),
                new Sentence(1, BODY, start, text.length(), List.of()));
        StatePair pair = StatePair.of("VN", "LA");
        return new ArticleFacts(new AnnotatedArticle(article, sentences),
                List.of(new Mention("LA", 0, 3, 7), new Mention("VN", 0, 14, 21)), List.of(pair),
                List.of(new Partnership(pair, "special-relationship", "existing", 1)),
                List.of(new Official("Thongloun Sisoulith", "head-of-state", "LA", 1)), List.of(),
                List.of(new DiplomaticEvent("meeting", "2025-03-03", null, List.of("Thongloun Sisoulith"), 1)),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void mapsAnArticlesFactsToTheExpectedGraph() {
        Graph graph = new ArticleGraphMapper(new IriMinter(BaseIri.DEFAULT))
                .map(facts(), new ExtractionRun("test", Instant.parse("2026-01-01T00:00:00Z")));
        Graph expected = RDFDataMgr.loadGraph("src/test/resources/mapping/t1.ttl");
        assertTrue(graph.isIsomorphicWith(expected), () -> {
            java.io.StringWriter out = new java.io.StringWriter();
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            return "graph differs from t1.ttl:\n" + out;
        });
    }
}
