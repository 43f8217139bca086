package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.article.Article;
import diplokg.article.TextBlock;
import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.ingest.ReferenceGraph;
import diplokg.mapping.ArticleGraphMapper;
import diplokg.mapping.ExtractionRun;
import diplokg.mapping.IriMinter;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.recognize.ArticleFacts;
import diplokg.store.NamedGraph;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class AnnotationExporterTest {

    private static final String TITLE = "Un message";
    private static final String BODY = "Le secrétaire général de l'organisation Pia Berg a écrit au président Jan Kos.";

    @Test
    void anOfficialOfNoStateReadsBackWithNoState() {
        String text = TITLE + "\n\n" + BODY;
        int start = TITLE.length() + 2;
        Article article = new Article("t2", Optional.empty(), new TextBlock(TITLE, 0, TITLE.length()),
                Optional.empty(), List.of(new TextBlock(BODY, start, text.length())), text, Path.of("t2.txt"));
        ArticleFacts facts = ArticleFacts.of(new AnnotatedArticle(article, List.of(
                        new Sentence(0, TITLE, 0, TITLE.length(), List.of()),
                        new Sentence(1, BODY, start, text.length(), List.of()))))
                .with(Contract.OFFICIALS, List.of(new Stated<>(new Official("Pia Berg", "official", null), 1, start,
                                start + 10),
                        new Stated<>(new Official("Jan Kos", "head-of-state", "CZ"), 1, start, start + 10)));
        IriMinter iris = new IriMinter(BaseIri.DEFAULT);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        NamedGraph reference = ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT);
        dataset.executeWrite(() -> {
            dataset.addGraph(NodeFactory.createURI(reference.iri()), reference.graph());
            // A memory dataset has no union default graph, as the TDB2 store has: the reference data goes there too.
            GraphUtil.addInto(dataset.getDefaultGraph(), reference.graph());
            dataset.addGraph(NodeFactory.createURI(iris.article("t2")),
                    new ArticleGraphMapper(iris).map(facts, new ExtractionRun("test", Instant.EPOCH)));
        });
        Annotation exported = new AnnotationExporter(dataset).export().get("t2");
        assertEquals(List.of(new Official("Jan Kos", "head-of-state", "CZ"),
                new Official("Pia Berg", "official", null)), exported.get(Contract.OFFICIALS));
    }
}
