package diplokg.server;

import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.Namespaces;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linked data as a Fuseki module: resources at {@code /id/...}, their names at {@code /api/names} (for the tables
 * the pages' script draws), the ontology at {@code /ontology}, the VoID
 * description at {@code /.well-known/void}, the dump at {@code /dumps/diplokg.nq.gz}, and the service description
 * answered by a parameterless GET on {@code /kg/sparql} (to browsers, the SPARQL editor).
 *
 * <p>Lifecycle: {@link #prepare} runs once while the server is built, after the configuration has been parsed; it
 * adds the servlets and the filter. Everything reads the served dataset in read transactions.
 */
final class LinkedDataModule implements FusekiModule {

    /** How long VoID counts are reused before the store is counted again. */
    static final Duration VOID_MAX_AGE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataModule.class);

    /**
     * Answers kept for the resource pages, per store version: descriptions and the saved queries of their sections
     * (an HTML page runs several), bounded in bytes too (one eighth of the heap), which is what protects the server.
     */
    private static final int PAGE_ANSWERS = 4096;

    private final ResourcePaths paths;
    private final OntologyDocument ontology;
    private final SavedQueryCatalog catalog;
    private final QueryLimits limits;
    private final boolean cache;
    private QueryRunner pages;

    /** @param cache whether the pages' saved-query answers are cached per store version */
    LinkedDataModule(ResourcePaths paths, OntologyDocument ontology, SavedQueryCatalog catalog, QueryLimits limits,
                     boolean cache) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.cache = cache;
    }

    @Override
    public String name() {
        return "diplokg linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DatasetGraph dataset = DiplokgServer.dataset(builder);
        QueryRunner runner = new QueryRunner(new QueryTarget.Local(dataset), limits.timeout());
        // A page is asked again in another format, or reloaded: its description and the saved queries of its parts
        // are cached per store version, as the API's answers are, so a hit is exactly as fresh as a run.
        pages = cache ? runner.cached(PAGE_ANSWERS) : runner;
        NameLookup lookup = new NameLookup(pages);
        ResourcePage page = new ResourcePage(ontology.model(), paths,
                new KnowledgeSections(catalog, pages, paths, lookup), new ArticleText(catalog, pages, paths), lookup);
        builder.addServlet(ResourcePaths.ID_PATH + "/*", new ResourceServlet(paths, new ResourceDescriber(pages),
                page, Namespaces.of(paths.base())));
        builder.addServlet(NamesServlet.PATH, new NamesServlet(lookup, paths));
        builder.addServlet(ResourcePaths.ONTOLOGY_PATH, new OntologyServlet(ontology, paths));
        builder.addServlet(DatasetDescription.PATH,
                new VoidServlet(runner, catalog, paths.base(), VOID_MAX_AGE, Clock.systemUTC()));
        builder.addServlet(DatasetDescription.DUMP_PATH, new DumpServlet(dataset));
        builder.addFilter(DiplokgServer.DATASET + "/sparql", new ServiceDescriptionFilter(paths.base(),
                new EditorPage(catalog, Namespaces.of(paths.base()))));
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (cache && pages != null) {
            LOG.info("Resource page cache: {}", pages.cacheStatistics().summary());
        }
    }
}
