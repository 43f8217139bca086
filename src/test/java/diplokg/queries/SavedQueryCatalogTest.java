package diplokg.queries;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueryCatalogTest {

    @TempDir
    Path folder;

    @Test
    void everyShippedQueryParsesAndHasASummary() {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(ProjectFiles.QUERIES);
        assertFalse(catalog.all().isEmpty());
        for (SavedQuery query : catalog.all()) {
            assertFalse(query.summary().equals(query.name()), query.name() + " has no #+ summary");
        }
        assertTrue(catalog.all().stream().anyMatch(q -> q.name().equals("articles")));
    }

    @Test
    void everyShippedQueryIsDocumentedHasDefaultsAndAStableOrder() {
        for (SavedQuery query : SavedQueryCatalog.load(ProjectFiles.QUERIES).all()) {
            assertFalse(query.description().isBlank(), query.name() + " has no #+ description");
            assertFalse(query.tags().isEmpty(), query.name() + " has no #+ tags");
            query.parameters().forEach(p -> assertTrue(p.defaultValue() != null,
                    query.name() + ": parameter " + p.name() + " has no #+ defaults entry"));
            assertTrue(!query.query().isSelectType() || query.query().hasOrderBy(),
                    query.name() + " has no ORDER BY, so its rows may come in any order");
        }
    }

    @Test
    void readsDecoratorsAndTypedParameters() throws IOException {
        Files.writeString(folder.resolve("officials.rq"), """
                #+ summary: Officials of a state
                #+ description: Everyone who holds
                #+   a position.
                #+ tags:
                #+   - people
                #+   - states
                #+ defaults:
                #+   - state: https://w3id.org/diplokg/id/state/VN
                SELECT ?p WHERE { ?p ?role ?_state_iri . OPTIONAL { ?p ?x ?__limit_xsd_integer } FILTER(?y != ?_name) }
                """);
        SavedQuery query = SavedQueryCatalog.load(folder).get("officials");
        assertEquals("Officials of a state", query.summary());
        assertEquals("Everyone who holds a position.", query.description());
        assertEquals(List.of("people", "states"), query.tags());
        assertEquals(List.of(
                new QueryParameter("state", "_state_iri", ParameterType.IRI, false,
                        "https://w3id.org/diplokg/id/state/VN"),
                new QueryParameter("limit", "__limit_xsd_integer", ParameterType.INTEGER, false, null),
                new QueryParameter("name", "_name", ParameterType.STRING, true, null)), query.parameters());
    }

    @Test
    void namesTheFileOfAQueryThatDoesNotParse() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.rq"), "SELECT ?x WHERE { ?x ");
        DiplokgException e = assertThrows(DiplokgException.class, () -> SavedQueryCatalog.load(folder));
        assertTrue(e.getMessage().startsWith(broken + ": not a valid SPARQL query"), e.getMessage());
    }

    @Test
    void refusesAnUnknownQueryNamingTheKnownOnes() {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(ProjectFiles.QUERIES);
        UnknownQueryException e = assertThrows(UnknownQueryException.class, () -> catalog.get("nope"));
        assertTrue(e.getMessage().startsWith("unknown query 'nope'; known queries: "), e.getMessage());
    }

    @Test
    void bindsValuesAsTermsSoInjectionChangesNothing() throws IOException {
        Files.writeString(folder.resolve("q.rq"), "SELECT ?s WHERE { ?s ?p ?_name }");
        SavedQuery query = SavedQueryCatalog.load(folder).get("q");
        String attack = "x\" } UNION { ?s ?p ?o } #";
        String bound = QueryRunner.bind(query, Map.of("name", attack)).serialize();
        assertTrue(bound.contains("\"x\\\" } UNION { ?s ?p ?o } #\""), bound);
        assertFalse(bound.contains("UNION {\n"), bound);
    }

    @Test
    void refusesValuesOfTheWrongType() throws IOException {
        Files.writeString(folder.resolve("q.rq"), "SELECT ?s WHERE { ?s ?p ?_state_iri . ?s ?q ?_n_xsd_integer }");
        SavedQuery query = SavedQueryCatalog.load(folder).get("q");
        QueryParameterException iri = assertThrows(QueryParameterException.class,
                () -> QueryRunner.bind(query, Map.of("state", "http://x/a>b", "n", "1")));
        assertTrue(iri.getMessage().contains("'state'"), iri.getMessage());
        QueryParameterException integer = assertThrows(QueryParameterException.class,
                () -> QueryRunner.bind(query, Map.of("state", "http://x/a", "n", "1; DROP")));
        assertEquals("parameter 'n' must be an integer, got '1; DROP'", integer.getMessage());
        QueryParameterException missing = assertThrows(QueryParameterException.class,
                () -> QueryRunner.bind(query, Map.of("n", "1")));
        assertEquals("query 'q' needs parameter 'state' (iri)", missing.getMessage());
    }
}
