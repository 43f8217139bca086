package diplokg.mapping;

import diplokg.article.Article;
import diplokg.article.Publication;
import diplokg.fact.Contract;
import diplokg.fact.Stated;
import diplokg.nlp.Sentence;
import diplokg.recognize.ArticleFacts;
import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Maps one article's facts to the graph that becomes its named graph.
 *
 * <p>The article and its sentences (text and character offsets into the original file) are written here; each fact
 * kind is written by its {@link FactMapping}, in the order of {@link FactMappings#ALL}. Facts of their own point to
 * the article ({@code dkg:statedIn}) and to the sentence that attests it ({@code dkg:evidence}).
 * The graph holds only what this article says, so replacing it replaces exactly the article's contribution.
 * Stateless apart from its configuration; thread-safe.
 */
public final class ArticleGraphMapper {

    private final IriMinter iris;

    public ArticleGraphMapper(IriMinter iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The graph of {@code facts}, produced by {@code run}; each name its own person. */
    public Graph map(ArticleFacts facts, ExtractionRun run) {
        return map(facts, run, PersonResolver.BY_NAME);
    }

    /** The graph of {@code facts}, produced by {@code run}, with people identified by {@code people}. */
    public Graph map(ArticleFacts facts, ExtractionRun run, PersonResolver people) {
        Model model = ModelFactory.createDefaultModel();
        Article article = facts.source().article();
        Resource doc = article(model, article, run);
        for (Sentence sentence : facts.source().sentences()) {
            sentence(model, doc, article.id(), sentence);
        }
        ArticleGraph graph = new ArticleGraph(model, doc, article.id(), iris, people,
                facts.facts(Contract.OFFICIALS));
        FactMappings.ALL.forEach(mapping -> write(mapping, facts, graph));
        return model.getGraph();
    }

    private static <T> void write(FactMapping<T> mapping, ArticleFacts facts, ArticleGraph graph) {
        List<Stated<T>> stated = facts.get(mapping.kind());
        for (int i = 0; i < stated.size(); i++) {
            mapping.write(stated.get(i), i, graph);
        }
    }

    private Resource article(Model model, Article article, ExtractionRun run) {
        Resource doc = model.createResource(iris.article(article.id()))
                .addProperty(RDF.type, Dkg.Article)
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(Dkg.articleId, article.id())
                .addProperty(Dkg.title, article.titleText(), "fr")
                .addProperty(RDFS.label, article.titleText(), "fr")
                .addProperty(Dkg.sourceFile, article.source().getFileName().toString())
                .addProperty(Dkg.contentHash, article.contentHash());
        article.publicationMonth().ifPresent(month ->
                doc.addProperty(Dkg.publicationMonth, month.toString(), XSDDatatype.XSDgYearMonth));
        article.sourceCredit().ifPresent(credit -> doc.addProperty(Dkg.sourceCredit, credit));
        Publication publication = article.publication();
        publication.day().ifPresent(day ->
                doc.addProperty(SchemaDO.datePublished, day.toString(), XSDDatatype.XSDdate));
        publication.url().ifPresent(url ->
                doc.addProperty(SchemaDO.url, url.toASCIIString(), XSDDatatype.XSDanyURI));
        publication.captured().ifPresent(time ->
                doc.addProperty(Dkg.capturedAt, time.toString(), XSDDatatype.XSDdateTime));
        Resource activity = model.createResource(iris.extraction(article.id()))
                .addProperty(RDF.type, Dkg.Extraction)
                .addProperty(Dkg.extractorVersion, run.extractorVersion())
                .addProperty(model.createProperty(Namespaces.PROV, "endedAtTime"), run.time().toString(),
                        XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(Namespaces.PROV, "wasAssociatedWith"),
                        model.createResource(iris.agent()));
        doc.addProperty(model.createProperty(Namespaces.PROV, "wasGeneratedBy"), activity);
        return doc;
    }

    private void sentence(Model model, Resource doc, String articleId, Sentence sentence) {
        Resource node = model.createResource(iris.sentence(articleId, sentence.index()))
                .addProperty(RDF.type, Dkg.Sentence)
                .addProperty(Dkg.sentenceIndex, integer(model, sentence.index()))
                .addProperty(Dkg.text, sentence.text())
                .addProperty(Dkg.startOffset, integer(model, sentence.start()))
                .addProperty(Dkg.endOffset, integer(model, sentence.end()))
                .addProperty(Dkg.inArticle, doc);
        doc.addProperty(Dkg.hasSentence, node);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
