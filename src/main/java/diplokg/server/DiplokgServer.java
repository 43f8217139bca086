package diplokg.server;

import diplokg.DiplokgException;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * Builds the diplokg HTTP server: Fuseki main from the configuration file, with the store folder and port chosen
 * at start-up.
 *
 * <p><b>Design decision.</b> The configuration file is parsed and used as it is, with one change: its
 * {@code tdb2:location} becomes the store folder the user chose ({@code --data}). The alternative, building the
 * dataset in Java and ignoring the file, would make the file decoration; editing the file per run would make the
 * repository dirty.
 */
public final class DiplokgServer {

    static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";

    private DiplokgServer() {
    }

    /** A server, built but not started. */
    public static FusekiServer build(ServerSettings settings) {
        Model config = readConfig(settings);
        return FusekiServer.create()
                .parseConfig(config)
                .port(settings.port())
                .build();
    }

    /** The configuration with its TDB2 location set to the store folder. */
    static Model readConfig(ServerSettings settings) {
        if (!Files.isRegularFile(settings.config())) {
            throw new DiplokgException(settings.config() + ": Fuseki configuration file not found");
        }
        Model config;
        try {
            config = RDFDataMgr.loadModel(settings.config().toString());
        } catch (RiotException e) {
            throw new DiplokgException(settings.config() + ": not valid Turtle: " + e.getMessage(), e);
        }
        Property location = config.createProperty(TDB2_NS, "location");
        List<Statement> locations = config.listStatements(null, location, (String) null).toList();
        if (locations.isEmpty()) {
            throw new DiplokgException(settings.config() + ": no tdb2:location, so no TDB2 dataset to serve");
        }
        for (Statement statement : locations) {
            Resource dataset = statement.getSubject();
            config.remove(statement);
            dataset.addProperty(location, settings.store().toAbsolutePath().normalize().toString());
        }
        return config;
    }
}
