package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.queries.ParameterType;
import diplokg.queries.SavedQueryCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {

    @TempDir
    Path folder;

    private static String compact(Object json) {
        return json.toString().replaceAll("\\s", "");
    }

    @Test
    void describesOneGetOperationPerQueryWithTypedParametersAndDefaults() throws IOException {
        Files.writeString(folder.resolve("officials.rq"), """
                #+ summary: Officials of a state
                #+ description: Who holds which office.
                #+ tags:
                #+   - people
                #+ defaults:
                #+   - limit: 20
                SELECT ?p WHERE { ?p ?r ?_state_iri . ?p ?d ?__since_xsd_date FILTER(?n != ?_name) } LIMIT 5
                """);
        Files.writeString(folder.resolve("graph.rq"),
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . ?s ?q ?_limit_xsd_integer }\n");
        JsonObject document = OpenApiDocument.of(SavedQueryCatalog.load(folder).all(), "1.2.3");
        assertEquals("3.0.3", document.getString("openapi"));
        assertEquals("1.2.3", document.get("info").getAsObject().getString("version"));
        JsonObject officials = document.get("paths").getAsObject().get("/api/queries/officials").getAsObject()
                .get("get").getAsObject();
        assertEquals("officials", officials.getString("operationId"));
        assertEquals("Officials of a state", officials.getString("summary"));
        assertEquals("Who holds which office.", officials.getString("description"));
        assertEquals("""
                [{"name":"state","in":"query","required":true,"description":"SPARQLvariable?_state_iri,boundasanIRI",\
                "schema":{"type":"string","format":"uri"}},\
                {"name":"since","in":"query","required":false,\
                "description":"SPARQLvariable?__since_xsd_date,boundasaliteraloftypedate",\
                "schema":{"type":"string","format":"date"}},\
                {"name":"name","in":"query","required":true,\
                "description":"SPARQLvariable?_name,boundasaliteraloftypestring","schema":{"type":"string"}},\
                {"name":"page","in":"query","required":false,"description":\
                "Thepageoftheanswer,from1;theLinkheaderlinksthefirst,previousandnextpages",\
                "schema":{"type":"integer","minimum":1,"default":1}},\
                {"name":"format","in":"query","required":false,\
                "description":"Theformat'sname,insteadoftheAcceptheader",\
                "schema":{"type":"string","enum":["json","xml","csv","tsv"]}}]""",
                compact(officials.get("parameters")));
        JsonObject graph = document.get("paths").getAsObject().get("/api/queries/graph").getAsObject()
                .get("get").getAsObject();
        assertEquals(List.of("text/turtle", "application/ld+json", "application/n-triples"), List.copyOf(
                graph.get("responses").getAsObject().get("200").getAsObject().get("content").getAsObject().keys()));
        assertTrue(compact(graph.get("responses")).contains("\"400\":{\"description\""));
        assertTrue(compact(graph.get("responses")).contains("{\"$ref\":\"#/components/schemas/Error\"}"));
    }

    @Test
    void givesDefaultsTheJsonTypeOfTheirSchema() throws IOException {
        Files.writeString(folder.resolve("q.rq"), """
                #+ defaults:
                #+   - limit: 20
                #+   - state: https://w3id.org/diplokg/id/state/VN
                SELECT * WHERE { ?s ?p ?_state_iri } LIMIT 1 OFFSET 0
                """);
        Files.writeString(folder.resolve("n.rq"), """
                #+ defaults:
                #+   - limit: 20
                SELECT * WHERE { ?s ?p ?_limit_xsd_integer }
                """);
        JsonObject paths = OpenApiDocument.of(SavedQueryCatalog.load(folder).all(), "dev").get("paths").getAsObject();
        assertEquals("{\"type\":\"integer\",\"default\":20}", compact(paths.get("/api/queries/n").getAsObject()
                .get("get").getAsObject().get("parameters").getAsArray().get(0).getAsObject().get("schema")));
        assertEquals("{\"type\":\"string\",\"format\":\"uri\",\"default\":\"https://w3id.org/diplokg/id/state/VN\"}",
                compact(paths.get("/api/queries/q").getAsObject().get("get").getAsObject().get("parameters")
                        .getAsArray().get(0).getAsObject().get("schema")));
    }

    @Test
    void mapsEveryParameterTypeToAJsonSchema() {
        assertEquals("{\"type\":\"integer\"}", compact(OpenApiDocument.schema(ParameterType.INTEGER)));
        assertEquals("{\"type\":\"number\"}", compact(OpenApiDocument.schema(ParameterType.DECIMAL)));
        assertEquals("{\"type\":\"boolean\"}", compact(OpenApiDocument.schema(ParameterType.BOOLEAN)));
        assertEquals("{\"type\":\"string\",\"pattern\":\"^-?[0-9]{4,}$\"}",
                compact(OpenApiDocument.schema(ParameterType.YEAR)));
        assertEquals("{\"type\":\"string\"}", compact(OpenApiDocument.schema(ParameterType.STRING)));
    }

    @Test
    void documentsEveryShippedQuery() {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(ProjectFiles.QUERIES);
        JsonObject paths = OpenApiDocument.of(catalog.all(), "dev").get("paths").getAsObject();
        catalog.all().forEach(query -> assertTrue(paths.hasKey("/api/queries/" + query.name()), query.name()));
        assertTrue(paths.hasKey("/api/queries"));
    }
}
