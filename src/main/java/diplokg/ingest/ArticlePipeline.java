package diplokg.ingest;

import diplokg.article.Article;
import diplokg.article.ArticleFileContent;
import diplokg.article.ArticleFileReader;
import diplokg.article.ArticleFormatException;
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
import java.util.function.Supplier;

/**
 * One article to its named graph: read, annotate, recognise, map. Holds the loaded models and lexicon;
 * thread-safe, so one pipeline serves every worker. A {@link #lazy} pipeline loads them on first use, so that an
 * {@code up} over an unchanged store (nothing to extract) does not spend a second and a half loading them.
 */
public final class ArticlePipeline {

    private final ArticleFileReader reader = new ArticleFileReader();
    private final Supplier<FrenchNlp> nlpSource;
    private final Supplier<Lexicon> lexiconSource;
    private final ArticleGraphMapper mapper;
    private final BaseIri base;
    private volatile Engine engine;

    public ArticlePipeline(FrenchNlp nlp, Lexicon lexicon, BaseIri base) {
        this(() -> nlp, () -> lexicon, base);
    }

    private ArticlePipeline(Supplier<FrenchNlp> nlp, Supplier<Lexicon> lexicon, BaseIri base) {
        this.nlpSource = nlp;
        this.lexiconSource = lexicon;
        this.mapper = new ArticleGraphMapper(new IriMinter(base));
        this.base = base;
    }

    /** A pipeline that calls {@code nlp} and {@code lexicon} once, when the first article is extracted. */
    public static ArticlePipeline lazy(Supplier<FrenchNlp> nlp, Supplier<Lexicon> lexicon, BaseIri base) {
        return new ArticlePipeline(nlp, lexicon, base);
    }

    /** The articles of one file of any format diplokg reads (text, web page, WARC archive). */
    public ArticleFileContent read(Path file) {
        return reader.read(file);
    }

    /**
     * Reads and annotates the article of a file that holds one (a text article or a web page).
     *
     * @throws ArticleFormatException when the file holds no article, or several (a WARC archive)
     */
    public AnnotatedArticle annotate(Path file) {
        ArticleFileContent content = reader.read(file);
        if (content.articles().size() != 1 || !content.problems().isEmpty()) {
            throw new ArticleFormatException(file, 0, "holds " + content.articles().size() + " articles and "
                    + content.problems().size() + " problems where one article was expected");
        }
        return annotate(content.articles().get(0));
    }

    /** Annotates an article already read. */
    public AnnotatedArticle annotate(Article article) {
        return new AnnotatedArticle(article, engine().nlp().annotate(article));
    }

    /** The recognised facts of the article of a file that holds one (see {@link #annotate(Path)}). */
    public ArticleFacts extract(Path file) {
        return engine().extractor().extract(annotate(file));
    }

    /** The recognised facts of an article already read. */
    public ArticleFacts extract(Article article) {
        return engine().extractor().extract(annotate(article));
    }

    private Engine engine() {
        Engine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = new Engine(nlpSource.get(), new ArticleExtractor(lexiconSource.get()));
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    /** What extraction needs, loaded together. */
    private record Engine(FrenchNlp nlp, ArticleExtractor extractor) {
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
