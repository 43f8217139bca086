package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.knowledge.KnowledgeDifference;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through {@code /kg-admin} (SPARQL Update) keep the knowledge graph in step, as diplokg's own writes do: a
 * partnership statement inserted by hand opens a level interval at once, dropping its graph takes it away, and the
 * stored knowledge graph equals a derivation from scratch afterwards.
 */
class KnowledgeAdminIT {

    private static final String PASSWORD = "knowledge admin test password";
    private static final String DKG = "PREFIX dkg: <https://w3id.org/diplokg/ontology#> ";
    private static final String INTERVAL = "https://w3id.org/diplokg/id/relation/FR-VN/level/strategic-partnership";

    @TempDir
    Path folder;

    @Test
    void anUpdateAndADropThroughTheAdminServiceKeepTheKnowledgeGraphInStep() throws IOException {
        Path store = folder.resolve("tdb2");
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("jp.txt"), " date 2024-03 Le Vietnam et le Japon\n\n"
                + "Le Vietnam et le Japon entretiennent un partenariat stratégique intégral.\n");
        TestStores.load(store, List.of(articles));
        FusekiServer server = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0,
                ProjectFiles.QUERIES, ProjectFiles.ONTOLOGY, BaseIri.DEFAULT,
                new AdminAccess.Password("admin", PASSWORD))).start();
        String ask = DKG + "ASK { GRAPH <https://w3id.org/diplokg/graph/knowledge> { <" + INTERVAL + "> dkg:level "
                + "<https://w3id.org/diplokg/id/level/strategic-partnership> } }";
        try {
            assertEquals(false, asks(server, ask), "no France-Vietnam statement yet");
            update(server, DKG + "INSERT DATA { GRAPH <https://w3id.org/diplokg/graph/article/hand> {"
                    + " <https://w3id.org/diplokg/id/article/hand> a dkg:Article ;"
                    + "   dkg:publicationMonth \"2021-03\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ."
                    + " <https://w3id.org/diplokg/id/partnership/hand-0> a dkg:PartnershipStatement ;"
                    + "   dkg:pair <https://w3id.org/diplokg/id/relation/FR-VN> ;"
                    + "   dkg:level <https://w3id.org/diplokg/id/level/strategic-partnership> ;"
                    + "   dkg:status <https://w3id.org/diplokg/id/status/established> ;"
                    + "   dkg:statedIn <https://w3id.org/diplokg/id/article/hand> ;"
                    + "   dkg:evidence <https://w3id.org/diplokg/id/article/hand/sentence/0> . } }");
            assertEquals(true, asks(server, ask), "the inserted statement opened its interval in the same commit");
            update(server, "DROP GRAPH <https://w3id.org/diplokg/graph/article/hand>");
            assertEquals(false, asks(server, ask), "the dropped graph's interval is gone");
        } finally {
            server.stop();
        }
        KnowledgeLayer layer = new KnowledgeLayer(BaseIri.DEFAULT);
        try (TdbStore tdb = TdbStore.open(store)) {
            KnowledgeDifference difference = Txn.calculateRead(tdb.dataset(), () -> layer.check(tdb.dataset()));
            assertTrue(difference.inStep(), difference::toString);
        }
    }

    private static boolean asks(FusekiServer server, String query) {
        String body = expect(200, "application/sparql-results+json", FixtureServer.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.getHttpPort() + "/kg/sparql?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").build()));
        return body.replaceAll("\\s", "").contains("\"boolean\":true");
    }

    private static void update(FusekiServer server, String update) {
        String credentials = "admin:" + PASSWORD;
        int status = FixtureServer.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
                        + "/kg-admin/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build()).statusCode();
        assertTrue(status == 200 || status == 204, "update answered " + status);
    }
}
