package diplokg.server;

import diplokg.DiplokgException;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.ReferenceGraph;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import diplokg.store.TdbStore;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The writers of articles into the served store, as a Fuseki module: the admin API {@code POST /kg-admin/articles}
 * ({@link ArticleUploadServlet}) and {@code POST /kg-admin/articles/remove} ({@link ArticleRemovalServlet}), added
 * only when admin credentials are set, like the {@code /kg-admin} service whose login protects these paths; and the
 * watched folder ({@link FolderWatcher}, {@code --watch}), which is local and needs no login. Both write through one
 * {@link ServedArticles}, so one at a time.
 *
 * <p>Lifecycle: {@link #prepare} runs after the configuration has been parsed, so the served TDB2 dataset exists; the
 * store is then opened through {@link TdbStore#open}, which TDB2 answers with the same database (one connection per
 * folder and process), and the module checks that it is, so that a write through this API and a read through
 * {@code /kg} can never be two databases. The French models load on the first upload, not at start-up. The watcher
 * starts once the server listens and stops with it.
 */
final class ServedArticlesModule implements FusekiModule {

    private final ServerSettings settings;
    private final Supplier<Lexicon> lexicon;

    private volatile FolderWatcher watcher;

    /** {@code lexicon} is asked once, when the first article is extracted. */
    ServedArticlesModule(ServerSettings settings, Supplier<Lexicon> lexicon) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public String name() {
        return "diplokg served articles";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        boolean admin = builder.getDataset(DiplokgServer.ADMIN) != null;
        if (!admin && settings.watch() == null) {
            return;
        }
        // Writes keep the knowledge graph in step, inside the same transaction, as a local ingest does.
        TdbStore store = TdbStore.open(settings.store()).deriving(new KnowledgeLayer(settings.base()));
        if (TDBInternal.getDatasetGraphTDB(store.dataset())
                != TDBInternal.getDatasetGraphTDB(DiplokgServer.dataset(builder))) {
            throw new DiplokgException(settings.store() + ": the store opened for writing is not the database the"
                    + " server serves; check tdb2:location in " + settings.config());
        }
        ArticlePipeline pipeline = ArticlePipeline.lazy(FrenchNlp::load, lexicon,
                settings.base());
        ServedArticles articles = new ServedArticles(store, pipeline,
                ReferenceGraph.of(settings.ontology(), settings.base()), IngestOptions.defaults());
        if (admin) {
            builder.addServlet(ArticleUploadServlet.PATH, new ArticleUploadServlet(articles,
                    UploadLimits.standard()));
            builder.addServlet(ArticleRemovalServlet.PATH, new ArticleRemovalServlet(articles));
        }
        if (settings.watch() != null) {
            if (!Files.isDirectory(settings.watch())) {
                throw new DiplokgException("--watch " + settings.watch() + ": no such folder");
            }
            watcher = new FolderWatcher(settings.watch(), articles, System.err, FolderWatcher.SETTLE,
                    FolderWatcher.RESCAN, FolderWatcher.BATCH_SIZE);
        }
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        FolderWatcher started = watcher;
        if (started != null) {
            started.start();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        FolderWatcher started = watcher;
        if (started != null) {
            started.stop();
        }
    }
}
