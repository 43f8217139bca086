package diplokg.server;

import diplokg.DiplokgException;
import diplokg.queries.SavedQueryCatalog;
import diplokg.store.LoggedDataset;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Builds the diplokg HTTP server: Fuseki main from the configuration file, with the store folder and port chosen
 * at start-up, plus diplokg's modules ({@link SavedQueryModule}, {@link LinkedDataModule}), CORS on the public
 * paths, HTTP Basic authentication for the services that require a login when credentials are given, and the
 * guards of what one query may cost beyond its timeout ({@link QueryGuards}, {@link PublicQueryFilter}).
 *
 * <p><b>Design decision.</b> The configuration file is parsed and used as it is, with two changes made in memory by
 * {@link ServerConfiguration}: its {@code tdb2:location} becomes the store folder the user chose ({@code --data}),
 * and login-only services are left out when no credentials are set. The alternative, building the dataset in Java
 * and ignoring the file, would make the file decoration; editing the file per run would make the repository dirty.
 */
public final class DiplokgServer {

    /** The served dataset's path. */
    static final String DATASET = "/kg";

    /** The read-write service's path; it exists only with admin credentials. */
    static final String ADMIN = "/kg-admin";

    /** Paths open to any origin (CORS). {@code /kg-admin} is deliberately not one of them. */
    static final List<String> PUBLIC_PATHS = List.of(DATASET + "/*", "/api/*", ResourcePaths.ID_PATH + "/*",
            ResourcePaths.ONTOLOGY_PATH, "/.well-known/*", "/dumps/*");

    private DiplokgServer() {
    }

    static {
        StoreAssembler.register();
    }

    /** A server, built but not started. */
    public static FusekiServer build(ServerSettings settings) {
        return build(settings, List.of());
    }

    /**
     * A read-only replica of the diplokg server at {@code primary}, built but not started: {@code settings} without
     * admin credentials nor watched folder, and a follower of the primary's {@code /kg/patches} that asks again after
     * {@code interval} when in step.
     */
    public static FusekiServer buildReplica(ServerSettings settings, URI primary, Duration interval) {
        if (!(settings.admin() instanceof AdminAccess.None) || settings.watch() != null) {
            throw new DiplokgException("a replica is read-only: no admin credentials, no watched folder");
        }
        return build(settings, List.of(new ReplicaModule(primary, settings.store(), interval)));
    }

    private static FusekiServer build(ServerSettings settings, List<FusekiModule> more) {
        Model config = ServerConfiguration.read(settings);
        QueryLimits limits = QueryLimits.of(config);
        SavedQueryCatalog catalog = SavedQueryCatalog.load(settings.queries());
        ResourcePaths paths = new ResourcePaths(settings.base());
        OntologyDocument ontology = OntologyDocument.read(settings.ontology(), settings.base());
        FederationPolicy federation = FederationPolicy.of(config);
        boolean admin = !(settings.admin() instanceof AdminAccess.None);
        // One lexicon, read when first needed, for the parameters that name states and for articles posted.
        LexiconStateNames states = LexiconStateNames.of(settings.ontology());
        List<FusekiModule> modules = new ArrayList<>(List.of(
                new SavedQueryModule(catalog, limits, settings.base(), admin, settings.cache(), states),
                new LinkedDataModule(paths, ontology, catalog, limits, settings.cache()),
                new WebPagesModule(catalog, paths.prefixes()),
                new ServerRecordModule(settings.store())));
        if (admin || settings.watch() != null) {
            modules.add(new ServedArticlesModule(settings, states::lexicon));
        }
        modules.addAll(more);
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(config)
                .port(settings.port())
                .loopback(settings.loopback())
                .fusekiModules(FusekiModules.create(modules));
        if (admin) {
            builder.securityHandler(settings.admin().securityHandler());
            builder.addFilter(ADMIN + "/*", new UnreadBodyFilter());
        }
        PUBLIC_PATHS.forEach(path -> builder.addFilter(path, new ReadCorsFilter()));
        QueryGuards.install(dataset(builder), federation);
        builder.addServlet(PatchFeedServlet.PATH, new PatchFeedServlet(LoggedDataset.in(dataset(builder))
                .orElseThrow(() -> new DiplokgException("the dataset at " + DATASET + " keeps no patch log; serve"
                        + " it as a diplokg-server:Store"))));
        builder.addFilter(DATASET + "/*", new PublicQueryFilter(federation));
        builder.addFilter(DATASET + "/get", new DefaultGraphFilter());
        return builder.build();
    }

    /** The served dataset of a builder whose configuration has been parsed. */
    static DatasetGraph dataset(FusekiServer.Builder builder) {
        DatasetGraph dataset = builder.getDataset(DATASET);
        if (dataset == null) {
            throw new DiplokgException("the Fuseki configuration serves no dataset at " + DATASET);
        }
        return dataset;
    }
}
