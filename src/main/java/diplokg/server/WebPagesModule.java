package diplokg.server;

import diplokg.queries.SavedQueryCatalog;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;

/**
 * The pages for people as a Fuseki module: the home page at {@code /}, a 404 page (or JSON) for every path nothing
 * serves ({@link NotFoundFilter}), a page per saved query at {@code /queries/{name}}, and the scripts and stylesheet at
 * {@code /assets/}, all from the jar. The pages read the graph only through the saved-query API, so they need no
 * dataset of their own.
 *
 * <p>Lifecycle: {@link #prepare} runs once while the server is built; it adds the servlets.
 */
final class WebPagesModule implements FusekiModule {

    private final SavedQueryCatalog catalog;
    private final PrefixMapping prefixes;

    WebPagesModule(SavedQueryCatalog catalog, PrefixMapping prefixes) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    @Override
    public String name() {
        return "diplokg web pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "" is the servlet API's mapping of the root alone; "/" would be every path nothing else serves.
        builder.addServlet("", new HomeServlet(new HomePage(catalog, prefixes)));
        builder.addServlet(QueryPageServlet.PATH + "/*", new QueryPageServlet(catalog, prefixes));
        builder.addServlet(WebAssets.PATH + "/*", new WebAssets());
        builder.addFilter("/*", new NotFoundFilter());
    }
}
