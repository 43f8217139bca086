package diplokg.ingest;

import diplokg.article.Article;
import diplokg.article.ArticleReader;
import diplokg.lexicon.Lexicon;
import diplokg.mapping.ArticleGraphMapper;
import diplokg.mapping.ExtractionRun;
import diplokg.mapping.IriMinter;
import diplokg.mapping.PersonResolver;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.FrenchNlp;
import diplokg.recognize.ArticleExtractor;
import diplokg.recognize.ArticleFacts;
import diplokg.store.NamedGraph;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;

/**
 * One article file to its named graph: read, annotate, recognise, map. Holds the loaded models and lexicon;
 * immutable and thread-safe, so one pipeline serves every worker.
 */
public final class ArticlePipeline {

    private final ArticleReader reader = new ArticleReader();
    private final FrenchNlp nlp;
    private final ArticleExtractor extractor;
    private final ArticleGraphMapper mapper;
    private final BaseIri base;

    public ArticlePipeline(FrenchNlp nlp, Lexicon lexicon, BaseIri base) {
        this.nlp = nlp;
        this.extractor = new ArticleExtractor(lexicon);
        this.mapper = new ArticleGraphMapper(new IriMinter(base));
        this.base = base;
    }

    /** Reads and annotates one article. */
    public AnnotatedArticle annotate(Path file) {
        Article article = reader.read(file);
        return new AnnotatedArticle(article, nlp.annotate(article));
    }

    /** The recognised facts of one article file. */
    public ArticleFacts extract(Path file) {
        return extractor.extract(annotate(file));
    }

    /** The named graph of one article file; each name its own person. */
    public NamedGraph graph(Path file, ExtractionRun run) {
        return graph(file, run, PersonResolver.BY_NAME);
    }

    /** The named graph of one article file, with people identified by {@code people}. */
    public NamedGraph graph(Path file, ExtractionRun run, PersonResolver people) {
        return graph(extract(file), run, people);
    }

    /** The named graph of an article's facts, with people identified by {@code people}. */
    public NamedGraph graph(ArticleFacts facts, ExtractionRun run, PersonResolver people) {
        return new NamedGraph(base.articleGraph(facts.source().article().id()), mapper.map(facts, run, people));
    }

    /** The base IRI graphs are minted under. */
    public BaseIri base() {
        return base;
    }
}
