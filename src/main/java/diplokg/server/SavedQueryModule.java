package diplokg.server;

import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.ResultWriter;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.BaseIri;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The saved-query API as a Fuseki module: {@code GET /api/queries} lists the queries of {@code queries/},
 * {@code GET /api/queries/{name}} runs one against the served dataset, {@code GET /api/openapi.json} describes
 * them in OpenAPI 3.
 *
 * <p>Lifecycle: {@link #prepare} runs once, while the server is built and after the configuration has been
 * parsed, so the dataset {@value DiplokgServer#DATASET} exists; it adds the servlets. Queries run in read
 * transactions over the union of the named graphs, with the configuration's timeout; answers are cached per store
 * version ({@link QueryRunner#cached}), so a repeated request costs no scan until the store changes.
 */
final class SavedQueryModule implements FusekiModule {

    /** Saved-query answers kept per store version: every query with a few parameter values each. */
    private static final int CACHED_ANSWERS = 512;

    private final SavedQueryCatalog catalog;
    private final QueryLimits limits;
    private final BaseIri base;

    SavedQueryModule(SavedQueryCatalog catalog, QueryLimits limits, BaseIri base) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public String name() {
        return "diplokg saved queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryRunner runner = new QueryRunner(new QueryTarget.Local(DiplokgServer.dataset(builder)), limits.timeout())
                .cached(CACHED_ANSWERS);
        String version = SavedQueryModule.class.getPackage().getImplementationVersion();
        builder.addServlet(QueryListing.PATH, SavedQueryListServlet.listing(catalog));
        builder.addServlet(QueryListing.PATH + "/*",
                new SavedQueryServlet(catalog, runner, new ResultWriter(ServedPrefixes.of(base), 0), limits.maxRows()));
        builder.addServlet(OpenApiDocument.PATH,
                SavedQueryListServlet.openApi(catalog, version == null ? "dev" : version));
    }
}
