package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.cli.CliTest.Run;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.server.DiplokgServer;
import diplokg.server.ServerSettings;
import diplokg.vocab.BaseIri;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code query} and {@code sparql} verbs on a store holding the seeds: every output format read back with Jena's
 * own parsers, one-line errors with their exit codes, and {@code --endpoint} against a real server on a free port.
 */
class QueryVerbsIT {

    private static final String ESTABLISHED = "CONSTRUCT { ?r dkg:establishedYear ?y } "
            + "WHERE { ?f a dkg:RelationsEstablishment ; dkg:pair ?r ; dkg:establishedYear ?y }";

    @TempDir
    static Path folder;

    private static Path store;

    @BeforeAll
    static void loadSeeds() {
        store = folder.resolve("tdb2");
        TestStores.load(store, List.of(ProjectFiles.SEEDS));
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", store.toString()));
        return CliTest.run(all.toArray(String[]::new));
    }

    private static ResultSetRewindable read(String text, Lang lang) {
        return ResultSetFactory.copyResults(ResultSetMgr.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang));
    }

    /** The year of Russia's row in a result of relations-established (CSV gives every value as a string). */
    private static String russianYear(ResultSetRewindable rows) {
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.get("partner").toString().endsWith("/state/RU")) {
                return row.getLiteral("year").getLexicalForm();
            }
        }
        return null;
    }

    @Test
    void listNamesEverySavedQueryWithItsSummaryAndDefaults() {
        Run run = run("query", "list");
        assertEquals(0, run.code(), run.err());
        for (SavedQuery query : SavedQueryCatalog.load(ProjectFiles.QUERIES).all()) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(query.name() + " ") && l.contains(query.summary())),
                    query.name() + " missing from:\n" + run.out());
        }
        assertTrue(run.out().contains("[state=state:VN]"), run.out());
    }

    @Test
    void tableShowsPrefixedIrisAndFitsTheWidth() {
        Run run = run("query", "relations-established", "--width", "70");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("state:RU ") && l.contains("| 1950 |")), run.out());
        run.out().lines().forEach(line -> assertTrue(line.length() <= 70, "wider than 70: " + line));
        assertTrue(run.out().endsWith("(3 rows)\n"), run.out());
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"csv", "tsv", "json", "xml"})
    void rowFormatsReadBackAsTheSameRows(String format) {
        Run run = run("query", "relations-established", "--format", format);
        assertEquals(0, run.code(), run.err());
        Lang lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
        };
        ResultSetRewindable rows = read(run.out(), lang);
        assertEquals(List.of("partner", "name", "year", "preferred", "articles", "evidence"), rows.getResultVars());
        assertEquals(3, rows.size());
        assertEquals("1950", russianYear(rows));
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"ttl", "jsonld", "nt"})
    void graphFormatsReadBackAsTheSameTriples(String format) {
        Run run = run("sparql", ESTABLISHED, "--format", format);
        assertEquals(0, run.code(), run.err());
        Lang lang = switch (format) {
            case "ttl" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), lang).parse(model);
        assertEquals(3, model.size(), run.out());
        assertTrue(model.listObjects().toList().stream().anyMatch(o -> o.asLiteral().getLexicalForm().equals("1995")));
    }

    @Test
    void rowsInAGraphFormatAreAUsageError() {
        Run run = run("query", "relations-established", "--format", "ttl");
        assertEquals(2, run.code());
        assertEquals("diplokg: rows cannot be written as ttl; use table, csv, tsv, json or xml\n", run.err());
    }

    @Test
    void sparqlKnowsTheDisplayPrefixesAndAnswersAsk() {
        Run run = run("sparql", "ASK { state:RU dkg:iso2 \"RU\" }");
        assertEquals(0, run.code(), run.err());
        assertEquals("true\n", run.out());
    }

    @Test
    void sparqlReadsAQueryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("levels.rq"),
                "# Partnership levels stated\nSELECT DISTINCT ?level { ?s dkg:level ?level } ORDER BY ?level\n");
        Run run = run("sparql", "-f", file.toString(), "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals("level\r\nhttps://w3id.org/diplokg/id/level/comprehensive-strategic-partnership\r\n"
                + "https://w3id.org/diplokg/id/level/strategic-partnership\r\n", run.out());
    }

    @Test
    void syntaxErrorIsOneLineWithLineAndColumn() {
        Run run = run("sparql", "SELECT ?s WHERE { ?s }");
        assertEquals(2, run.code());
        assertEquals("diplokg: SPARQL syntax error in the query: Encountered \" \"}\" \"} \"\" at line 1, column 22.\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void syntaxErrorInAFileNamesTheFileAndItsLine() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.rq"), "SELECT ?s\nWHERE {\n  ?s ?p\n}\n");
        Run run = run("sparql", "-f", file.toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("diplokg: SPARQL syntax error in " + file + ": Encountered"), run.err());
        assertTrue(run.err().contains("at line 4, column 1."), run.err());
    }

    @Test
    void sparqlWantsExactlyOneQuery() throws IOException {
        Run none = run("sparql");
        assertEquals(2, none.code());
        assertEquals("diplokg: sparql: give the query either as text or with -f FILE\n", none.err());
        Run both = run("sparql", "ASK {}", "-f", "x.rq");
        assertEquals(2, both.code());
        Run missing = run("sparql", "-f", folder.resolve("nope.rq").toString());
        assertEquals(2, missing.code());
        assertEquals("diplokg: " + folder.resolve("nope.rq") + ": cannot read the query (no such file)\n",
                missing.err());
    }

    @Test
    void missingOrUnknownParameterIsOneLineAndExitCodeTwo() throws IOException {
        Path queries = Files.createDirectories(folder.resolve("queries"));
        Files.writeString(queries.resolve("by-name.rq"), "#+ summary: People by name\n"
                + "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\nSELECT ?p { ?p dkg:name ?_name } ORDER BY ?p\n");
        Run missing = run("query", "by-name", "--queries", queries.toString());
        assertEquals(2, missing.code());
        assertEquals("diplokg: query 'by-name' needs parameter 'name' (string)\n", missing.err());
        Run unknown = run("query", "by-name", "--queries", queries.toString(), "-p", "nom=Tô Lâm");
        assertEquals(2, unknown.code());
        assertEquals("diplokg: query 'by-name' has no parameter 'nom'; its parameters: name\n", unknown.err());
        Run given = run("query", "by-name", "--queries", queries.toString(), "-p", "name=Tô Lâm", "--format", "csv");
        assertEquals(0, given.code(), given.err());
        assertEquals("p\r\nhttps://w3id.org/diplokg/id/person/to-lam\r\n", given.out());
    }

    @Test
    void aReversedPeriodRangeIsRefusedNamingBothValuesNotAnsweredEmpty() {
        Run reversed = run("query", "events-between", "-p", "from=2025-01", "-p", "to=2024", "--format", "csv");
        assertEquals(2, reversed.code(), reversed.out());
        assertEquals("diplokg: parameter 'from' (2025-01) is after parameter 'to' (2024): the range holds no day;"
                + " give from before to\n", reversed.err());
        assertEquals("", reversed.out());
        Run sameYear = run("query", "events-between", "-p", "from=2024-05", "-p", "to=2024", "--format", "csv");
        assertEquals(0, sameYear.code(), sameYear.err());
    }

    @Test
    void aParameterGivenTwiceIsRefusedNotOverwritten() throws IOException {
        Path queries = Files.createDirectories(folder.resolve("twice"));
        Files.writeString(queries.resolve("by-name.rq"), "#+ summary: People by name\n"
                + "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\nSELECT ?p { ?p dkg:name ?_name } ORDER BY ?p\n");
        Run twice = run("query", "by-name", "--queries", queries.toString(), "-p", "name=Tô Lâm", "-p",
                "name=Luong Cuong", "--format", "csv");
        assertEquals(2, twice.code(), twice.out());
        assertEquals("diplokg: parameter 'name' is given 2 times; give it once\n", twice.err());
        assertEquals("", twice.out());
        Run noValue = run("query", "by-name", "--queries", queries.toString(), "-p", "name");
        assertEquals(2, noValue.code());
        assertTrue(noValue.err().contains("--param wants NAME=VALUE, got 'name'"), noValue.err());
        Run emptyValue = run("query", "by-name", "--queries", queries.toString(), "-p", "name=", "--format", "csv");
        assertEquals(0, emptyValue.code(), emptyValue.err());
        assertEquals("p\r\n", emptyValue.out(), "an empty value is a value, not a missing one");
    }

    @Test
    void anUnknownParameterOfAQueryWithoutParametersSaysItTakesNone() throws IOException {
        Path queries = Files.createDirectories(folder.resolve("none"));
        Files.writeString(queries.resolve("all-people.rq"), "#+ summary: Everyone\n"
                + "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\nSELECT ?p { ?p dkg:name ?n }\n");
        Run run = run("query", "all-people", "--queries", queries.toString(), "-p", "limit=2");
        assertEquals(2, run.code());
        assertEquals("diplokg: query 'all-people' has no parameter 'limit'; it takes none\n", run.err());
    }

    @Test
    void iriParameterMayBeWrittenWithATablePrefix() {
        Run run = run("query", "officials", "-p", "state=state:RU", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Vladimir Poutine"), run.out());
    }

    @Test
    void aStateParameterMayBeWrittenByItsCodeOrItsName() {
        String byPrefix = run("query", "officials", "-p", "state=state:RU", "--format", "csv").out();
        for (String written : new String[] {"RU", "Russie"}) {
            Run run = run("query", "officials", "-p", "state=" + written, "--format", "csv");
            assertEquals(0, run.code(), run.err());
            assertEquals(byPrefix, run.out(), written);
        }
        Run unknown = run("query", "officials", "-p", "state=Atlantide");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("neither an IRI nor a state: 'Atlantide'"), unknown.err());
    }

    @Test
    void aKnowledgeGraphOfOtherRulesIsSaidNotMendedByAQuery() throws IOException {
        Path rules = store.resolve("derived-rules");
        String current = Files.readString(rules);
        try {
            Run inStep = run("query", "states", "--format", "csv");
            assertFalse(inStep.err().contains("not derived by this version's rules"), inStep.err());
            Files.writeString(rules, "knowledge-0\n");
            Run stale = run("query", "states", "--format", "csv");
            assertEquals(0, stale.code(), stale.err());
            assertTrue(stale.err().contains("not derived by this version's rules"), stale.err());
            assertEquals(inStep.out(), stale.out());
            assertEquals("knowledge-0\n", Files.readString(rules), "a query only reads");
        } finally {
            Files.writeString(rules, current);
        }
    }

    @Test
    void parameterChangesTheAnswer() {
        Run run = run("query", "officials", "--param", "state=https://w3id.org/diplokg/id/state/RU", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Vladimir Poutine"), run.out());
        assertFalse(run.out().contains("Luong Cuong"), run.out());
    }

    @Test
    void endpointAnswersLikeTheLocalStore() throws IOException {
        Path copy = folder.resolve("served");
        copyStore(store, copy);
        FusekiServer server = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, copy, 0,
                ProjectFiles.QUERIES, ProjectFiles.ONTOLOGY, BaseIri.DEFAULT)).start();
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/kg/sparql";
            for (String query : List.of("relations-established", "who-met-whom", "partners-by-level")) {
                Run local = run("query", query, "--format", "csv");
                Run remote = run("query", query, "--format", "csv", "--endpoint", endpoint);
                assertEquals(0, remote.code(), remote.err());
                assertEquals(local.out(), remote.out(), query);
            }
            Run sparql = run("sparql", ESTABLISHED, "--format", "nt", "--endpoint", endpoint);
            assertEquals(0, sparql.code(), sparql.err());
            assertEquals(3, sparql.out().lines().count(), sparql.out());
            // Words Lucene cannot parse are the user's mistake on either side: the same line, the same exit code.
            Run localSearch = run("query", "search", "-p", "q=");
            Run remoteSearch = run("query", "search", "-p", "q=", "--endpoint", endpoint);
            assertEquals(2, localSearch.code(), localSearch.err());
            assertTrue(localSearch.err().startsWith("diplokg: the text to search is empty or not valid Lucene"),
                    localSearch.err());
            assertEquals(2, remoteSearch.code(), remoteSearch.err());
            assertEquals(localSearch.err(), remoteSearch.err());
        } finally {
            server.stop();
        }
    }

    @Test
    void unreachableEndpointIsOneLineAndExitCodeOne() {
        Run run = run("query", "articles", "--endpoint", "http://localhost:1/kg/sparql");
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("diplokg: cannot query http://localhost:1/kg/sparql: "), run.err());
    }

    /** Copies a closed TDB2 store, leaving out its lock file, so that a server can hold the copy. */
    static void copyStore(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
