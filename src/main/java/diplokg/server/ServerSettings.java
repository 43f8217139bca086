package diplokg.server;

import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a server is started with.
 *
 * @param config   the Fuseki configuration file ({@code fuseki-config.ttl})
 * @param store    the TDB2 folder; replaces the {@code tdb2:location} of the configuration
 * @param port     the HTTP port; 0 picks a free one
 * @param queries  the saved-query folder
 * @param ontology the ontology folder
 * @param base     the base IRI of resources
 * @param admin    the credentials of the services that require a login; {@link AdminAccess#NONE} leaves them out
 * @param loopback whether the server listens on the loopback interface only (this machine), else on every one
 * @param cache    whether saved-query answers are kept per store version ({@code serve --no-cache} turns it off, to
 *                 measure or to serve every answer fresh)
 * @param watch    the folder whose article files are ingested while serving ({@code --watch}), or {@code null}
 */
public record ServerSettings(Path config, Path store, int port, Path queries, Path ontology, BaseIri base,
                             AdminAccess admin, boolean loopback, boolean cache, Path watch) {

    public ServerSettings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(admin, "admin");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Settings without admin credentials, listening on every interface: only the public, read-only services. */
    public ServerSettings(Path config, Path store, int port, Path queries, Path ontology, BaseIri base) {
        this(config, store, port, queries, ontology, base, AdminAccess.NONE, false, true, null);
    }

    /** Settings with {@code admin} credentials, listening on every interface. */
    public ServerSettings(Path config, Path store, int port, Path queries, Path ontology, BaseIri base,
                          AdminAccess admin) {
        this(config, store, port, queries, ontology, base, admin, false, true, null);
    }

    /** These settings with another configuration file. */
    public ServerSettings withConfig(Path config) {
        return new ServerSettings(config, store, port, queries, ontology, base, admin, loopback, cache, watch);
    }

    /** These settings with {@code admin} credentials. */
    public ServerSettings withAdmin(AdminAccess admin) {
        return new ServerSettings(config, store, port, queries, ontology, base, admin, loopback, cache, watch);
    }

    /** These settings listening on the loopback interface only ({@code true}) or on every interface. */
    public ServerSettings withLoopback(boolean loopback) {
        return new ServerSettings(config, store, port, queries, ontology, base, admin, loopback, cache, watch);
    }

    /** These settings with the saved-query result cache on ({@code true}) or off. */
    public ServerSettings withCache(boolean cache) {
        return new ServerSettings(config, store, port, queries, ontology, base, admin, loopback, cache, watch);
    }

    /** These settings watching the folder {@code watch} for article files ({@code null}: no folder). */
    public ServerSettings withWatch(Path watch) {
        return new ServerSettings(config, store, port, queries, ontology, base, admin, loopback, cache, watch);
    }
}
