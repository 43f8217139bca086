package diplokg.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;
import diplokg.article.Article;
import diplokg.article.Publication;
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
import diplokg.vocab.Dkg;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;


class ArticleGraphMapperTest {

    private static final String TITLE = "Le Laos et le Vietnam";
    private static final String BODY = "Le président Thongloun Sisoulith a reçu le 3 mars son homologue.";

    private static Article article() {
        String text = TITLE + "\n\n" + BODY;
        int start = TITLE.length() + 2;
        return new Article("t1", Optional.of(YearMonth.of(2025, 3)), new TextBlock(TITLE, 0, TITLE.length()),
                Optional.of("VNA/CVN"), List.of(new TextBlock(BODY, start, text.length())), text, Path.of("t1.txt"));
    }

    private static ArticleFacts facts() {
        return facts(article());
    }

    private static ArticleFacts facts(Article article) {
        String text = article.text();
        int start = TITLE.length() + 2;
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
    void writesTheAddressDayAndCaptureOfAPageBesideTheMonth() {
        Article page = article().from("t1", Path.of("crawl.warc.gz"), new Publication(
                Optional.of(LocalDate.of(2025, 3, 3)), Optional.of(URI.create("https://agence.example.org/fr/t1")),
                Optional.of(Instant.parse("2025-03-04T05:06:07Z"))));
        Graph graph = new ArticleGraphMapper(new IriMinter(BaseIri.DEFAULT))
                .map(facts(page), new ExtractionRun("test", Instant.parse("2026-01-01T00:00:00Z")));
        Graph expected = RDFDataMgr.loadGraph("src/test/resources/mapping/t1.ttl");
        Node article = NodeFactory.createURI("https://w3id.org/diplokg/id/article/t1");
        expected.delete(Triple.create(article, Dkg.sourceFile.asNode(), NodeFactory.createLiteralString("t1.txt")));
        RDFParser.fromString("""
                @prefix dkg: <https://w3id.org/diplokg/ontology#> .
                @prefix schema: <https://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/diplokg/id/article/t1> dkg:sourceFile "crawl.warc.gz" ;
                    schema:url "https://agence.example.org/fr/t1"^^xsd:anyURI ;
                    schema:datePublished "2025-03-03"^^xsd:date ;
                    dkg:capturedAt "2025-03-04T05:06:07Z"^^xsd:dateTime .
                """, Lang.TURTLE).parse(expected);
        assertTrue(graph.isIsomorphicWith(expected), () -> {
            java.io.StringWriter out = new java.io.StringWriter();
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            return "graph differs from t1.ttl with the page's address, day and capture:\n" + out;
        });
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
