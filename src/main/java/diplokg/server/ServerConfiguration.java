package diplokg.server;

import diplokg.DiplokgException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code fuseki-config.ttl} and adapts it to one run, in memory: its {@code tdb2:location} becomes the store
 * folder chosen at start-up, and, when no admin credentials are given, every service that requires a login
 * ({@code fuseki:allowedUsers} on the service or one of its endpoints) is taken out, so that it does not exist
 * rather than exist unprotected.
 */
final class ServerConfiguration {

    /** The namespace of diplokg's own terms in the configuration ({@code diplokg-server:}). */
    static final String NS = "https://w3id.org/diplokg/server#";

    /** The base IRI of resources, on the store's dataset; set from the settings, not read from the file. */
    static final Property BASE = ResourceFactory.createProperty(NS, "base");

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfiguration.class);

    private ServerConfiguration() {
    }

    /** The configuration of {@code settings.config()}, adapted to {@code settings}. */
    static Model read(ServerSettings settings) {
        if (!Files.isRegularFile(settings.config())) {
            throw new DiplokgException(settings.config() + ": Fuseki configuration file not found");
        }
        Model config;
        try {
            config = RDFDataMgr.loadModel(settings.config().toString());
        } catch (RiotException e) {
            throw new DiplokgException(settings.config() + ": not valid Turtle: " + e.getMessage(), e);
        }
        Property location = VocabTDB2.pLocation;
        List<Statement> locations = config.listStatements(null, location, (RDFNode) null).toList();
        if (locations.isEmpty()) {
            throw new DiplokgException(settings.config() + ": no tdb2:location, so no TDB2 dataset to serve");
        }
        for (Statement statement : locations) {
            config.remove(statement);
            statement.getSubject().addProperty(location, settings.store().toAbsolutePath().normalize().toString());
            // The knowledge layer's IRIs are minted under the base the user chose.
            statement.getSubject().removeAll(BASE).addProperty(BASE, settings.base().value());
        }
        if (settings.admin() instanceof AdminAccess.None) {
            removeLoginServices(config);
        }
        return config;
    }

    /** The services that require a login. */
    static List<Resource> loginServices(Model config) {
        Property allowedUsers = FusekiVocab.pAllowedUsers;
        Property endpoint = FusekiVocab.pEndpoint;
        return config.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList()
                .stream()
                .filter(service -> service.hasProperty(allowedUsers) || service.listProperties(endpoint).toList()
                        .stream().anyMatch(e -> e.getObject().isResource()
                                && e.getResource().hasProperty(allowedUsers)))
                .toList();
    }

    private static void removeLoginServices(Model config) {
        List<Resource> removed = loginServices(config);
        if (removed.isEmpty()) {
            return;
        }
        Property services = FusekiVocab.pServices;
        for (Statement list : config.listStatements(null, services, (RDFNode) null).toList()) {
            List<RDFNode> kept = new ArrayList<>(list.getObject().as(RDFList.class).asJavaList());
            kept.removeAll(removed);
            list.getObject().as(RDFList.class).removeList();
            config.remove(list);
            list.getSubject().addProperty(services, config.createList(kept.iterator()));
        }
        for (Resource service : removed) {
            config.removeAll(service, null, null);
            LOG.info("Service {} left out: it requires a login and no admin credentials are set ({} or {})",
                    service.getLocalName(), AdminAccess.PASSWORD_VARIABLE, AdminAccess.PASSWORD_FILE_VARIABLE);
        }
    }
}
