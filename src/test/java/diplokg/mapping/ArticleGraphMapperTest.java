package diplokg.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;
import diplokg.article.Article;
import diplokg.article.TextBlock;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.Official;
import diplokg.fact.Partnership;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.recognize.ArticleFacts;
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
        return ArticleFacts.of(new AnnotatedArticle(article, sentences))
                .with(Contract.STATES, List.of(new Stated<>("LA", 0, 3, 7), new Stated<>("VN", 0, 14, 21)))
                .with(Contract.PAIRS, List.of(new Stated<>(pair, 0, 3, 7)))
                .with(Contract.PARTNERSHIPS, List.of(inBody(new Partnership(pair, "special-relationship", "existing"))))
                .with(Contract.OFFICIALS, List.of(inBody(new Official("Thongloun Sisoulith", "head-of-state", "LA"))))
                .with(Contract.EVENTS, List.of(inBody(new Event("meeting", "2025-03-03", null,
                        List.of("Thongloun Sisoulith")))));
    }

    private static <T> Stated<T> inBody(T fact) {
        int start = TITLE.length() + 2;
        return new Stated<>(fact, 1, start, start + BODY.length());
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
