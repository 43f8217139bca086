package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.DiplokgException;
import diplokg.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigurationTest {

    private static final String FUSEKI = FusekiVocab.NS;

    @TempDir
    Path folder;

    private ServerSettings settings(Path config, AdminAccess admin) {
        return FixtureServer.settings(folder.resolve("store"), ProjectFiles.QUERIES).withAdmin(admin)
                .withConfig(config);
    }

    private static List<String> services(Model config) {
        RDFNode list = config.listObjectsOfProperty(config.createProperty(FUSEKI, "services")).next();
        return list.as(RDFList.class).asJavaList().stream().map(n -> n.asResource().getLocalName()).toList();
    }

    @Test
    void declaresOneLoginServiceInTheProjectConfiguration() {
        Model config = ServerConfiguration.read(settings(ProjectFiles.FUSEKI_CONFIG,
                new AdminAccess.Password("admin", "pw")));
        assertEquals(List.of("kgAdmin"), ServerConfiguration.loginServices(config).stream()
                .map(Resource::getLocalName).toList());
        assertEquals(List.of("kg", "kgAdmin"), services(config));
    }

    @Test
    void leavesLoginServicesOutWhenNoCredentialsAreSet() {
        Model config = ServerConfiguration.read(settings(ProjectFiles.FUSEKI_CONFIG, AdminAccess.NONE));
        assertEquals(List.of("kg"), services(config));
        assertTrue(ServerConfiguration.loginServices(config).isEmpty());
        assertFalse(config.contains(null, config.createProperty(FUSEKI, "name"), "kg-admin"));
    }

    @Test
    void pointsTheDatasetAtTheChosenStoreFolder() {
        Model config = ServerConfiguration.read(settings(ProjectFiles.FUSEKI_CONFIG, AdminAccess.NONE));
        assertEquals(List.of(folder.resolve("store").toAbsolutePath().normalize().toString()),
                config.listObjectsOfProperty(VocabTDB2.pLocation)
                        .mapWith(n -> n.asLiteral().getString()).toList());
    }

    @Test
    void namesTheFileOfAConfigurationThatDoesNotParse() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.ttl"), "PREFIX : <#> :a :b");
        DiplokgException e = assertThrows(DiplokgException.class,
                () -> ServerConfiguration.read(settings(broken, AdminAccess.NONE)));
        assertTrue(e.getMessage().startsWith(broken + ": not valid Turtle"), e.getMessage());
    }

    @Test
    void refusesAConfigurationWithoutTdb2Location() throws IOException {
        Path config = Files.writeString(folder.resolve("memory.ttl"), "PREFIX : <#> :a :b :c .");
        DiplokgException e = assertThrows(DiplokgException.class,
                () -> ServerConfiguration.read(settings(config, AdminAccess.NONE)));
        assertEquals(config + ": no tdb2:location, so no TDB2 dataset to serve", e.getMessage());
    }
}
