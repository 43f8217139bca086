package diplokg.server;

import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.ResultWriter;
import diplokg.queries.SavedQueryCatalog;
import diplokg.queries.StateNames;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
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
 * The saved-query API as a Fuseki module: {@code GET /api/queries} lists the queries of {@code queries/},
 * {@code GET /api/queries/{name}} runs one against the served dataset, {@code GET /api/openapi.json} describes
 * them in OpenAPI 3.
 *
 * <p>Lifecycle: {@link #prepare} runs once, while the server is built and after the configuration has been
 * parsed, so the dataset {@value DiplokgServer#DATASET} exists; it adds the servlets. Queries run in read
 * transactions over the union of the named graphs, with the configuration's timeout; answers are cached per store
 * version ({@link QueryRunner#cached}), so a repeated request costs no scan until the store changes, and a
 * {@link CacheWarmer} answers the parameterless ones in the background once the server has started and after each
 * change of the store.
 */
final class SavedQueryModule implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(SavedQueryModule.class);

    /**
     * Saved-query answers kept per store version, rows and written bytes apart: every query with many parameter
     * values each, and in any case no more than one eighth of the maximum heap ({@code -Xmx}) as estimated from
     * their rows and bytes; the byte bound is the one that protects the server.
     */
    private static final int CACHED_ANSWERS = 4096;

    /**
     * A background warm-up query may run this many times the request timeout: whole-store aggregates at 100k articles
     * take up to 40 s, a request 30 s; a runaway query added to {@code queries/} is still stopped.
     */
    private static final int WARMING_TIMEOUT_FACTOR = 4;
    private static final Duration WARMER_POLL = Duration.ofSeconds(10);

    private final SavedQueryCatalog catalog;
    private final QueryLimits limits;
    private final BaseIri base;
    private final boolean admin;
    private final boolean cache;
    private final StateNames states;
    private CacheWarmer warmer;
    private QueryRunner runner;

    /**
     * @param admin whether the server has the admin API, which the OpenAPI document then describes too
     * @param cache whether answers are cached (and warmed); off, every request runs its query
     * @param states the states a parameter may name by code or name ({@code state=RU})
     */
    SavedQueryModule(SavedQueryCatalog catalog, QueryLimits limits, BaseIri base, boolean admin, boolean cache,
                     StateNames states) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.base = Objects.requireNonNull(base, "base");
        this.admin = admin;
        this.cache = cache;
        this.states = Objects.requireNonNull(states, "states");
    }

    @Override
    public String name() {
        return "diplokg saved queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DatasetGraph dataset = DiplokgServer.dataset(builder);
        runner = new QueryRunner(new QueryTarget.Local(dataset), limits.timeout());
        if (cache) {
            runner = runner.cached(CACHED_ANSWERS);
            QueryRunner patient = runner.withTimeout(limits.timeout().multipliedBy(WARMING_TIMEOUT_FACTOR));
            warmer = new CacheWarmer(catalog, patient, dataset, limits.maxRows(), WARMER_POLL);
        }
        String version = SavedQueryModule.class.getPackage().getImplementationVersion();
        builder.addServlet(QueryListing.PATH, SavedQueryListServlet.listing(catalog));
        builder.addServlet(QueryListing.PATH + "/*",
                new SavedQueryServlet(catalog, runner, new ResultWriter(Namespaces.of(base), 0), Namespaces.of(base),
                        limits.maxRows(), states));
        builder.addServlet(OpenApiDocument.PATH,
                SavedQueryListServlet.openApi(catalog, version == null ? "dev" : version, admin));
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (warmer != null) {
            warmer.start();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (warmer != null) {
            warmer.stop();
            LOG.info("Saved-query cache: {}", runner.cacheStatistics().summary());
        }
    }
}
