package diplokg.server;

import diplokg.DiplokgException;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.ReferenceGraph;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import diplokg.store.TdbStore;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The admin API for articles as a Fuseki module: {@code POST /kg-admin/articles} ({@link ArticleUploadServlet}) and
 * {@code POST /kg-admin/articles/remove} ({@link ArticleRemovalServlet}). Added only when admin credentials are set,
 * like the {@code /kg-admin} service whose login protects these paths.
 *
 * <p>Lifecycle: {@link #prepare} runs after the configuration has been parsed, so the served TDB2 dataset exists; the
 * store is then opened through {@link TdbStore#open}, which TDB2 answers with the same database (one connection per
 * folder and process), and the module checks that it is, so that a write through this API and a read through
 * {@code /kg} can never be two databases. The French models load on the first upload, not at start-up.
 */
final class AdminArticlesModule implements FusekiModule {

    private final ServerSettings settings;

    AdminArticlesModule(ServerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "diplokg admin articles";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (builder.getDataset(DiplokgServer.ADMIN) == null) {
            return;
        }
        // Writes keep the knowledge graph in step, inside the same transaction, as a local ingest does.
        TdbStore store = TdbStore.open(settings.store()).deriving(new KnowledgeLayer(settings.base()));
        if (TDBInternal.getDatasetGraphTDB(store.dataset())
                != TDBInternal.getDatasetGraphTDB(DiplokgServer.dataset(builder))) {
            throw new DiplokgException(settings.store() + ": the store opened for writing is not the database the"
                    + " server serves; check tdb2:location in " + settings.config());
        }
        ArticlePipeline pipeline = ArticlePipeline.lazy(FrenchNlp::load, () -> Lexicon.load(settings.ontology()),
                settings.base());
        ServedArticles articles = new ServedArticles(store, pipeline,
                ReferenceGraph.of(settings.ontology(), settings.base()), IngestOptions.defaults());
        builder.addServlet(ArticleUploadServlet.PATH, new ArticleUploadServlet(articles, UploadLimits.standard()));
        builder.addServlet(ArticleRemovalServlet.PATH, new ArticleRemovalServlet(articles));
    }
}
