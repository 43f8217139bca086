package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query of {@code queries/} run on the seeds, checked against what the seeds' gold annotations say
 * ({@code shared/gold/seeds}): {@code src/test/resources/queries/expectations.txt} holds one expectation per line,
 * the tests below what a table of cells cannot say (order, numbers, one row per partner).
 */
class SavedQueriesIT {

    /** The table of expectations: one line per query, parameters and cells; its header says how to read it. */
    private static final Path EXPECTATIONS = Path.of("src/test/resources/queries/expectations.txt");

    @TempDir
    static Path folder;

    private static TdbStore store;
    private static QueryRunner runner;
    private static final SavedQueryCatalog CATALOG = SavedQueryCatalog.load(ProjectFiles.QUERIES);
    private static final TableFormatter CELLS = new TableFormatter(Namespaces.of(BaseIri.DEFAULT), 120);

    @BeforeAll
    static void loadSeeds() {
        TestStores.load(folder, List.of(ProjectFiles.SEEDS));
        store = TdbStore.open(folder);
        runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** One line of the table. */
    record Expectation(String query, Map<String, String> parameters, boolean present, String cells) {
        @Override
        public String toString() {
            return query + " " + parameters + (present ? " has " : " has no row with ") + cells;
        }
    }

    static Stream<Expectation> expectations() {
        return lines().stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
            String[] fields = line.split("\\|", -1);
            String cells = fields[2].strip();
            return new Expectation(fields[0].strip(), pairs(fields[1], "="), !cells.startsWith("!"),
                    cells.replaceFirst("^!", ""));
        });
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(EXPECTATIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void savedQueryAnswersWhatTheGoldSays(Expectation expectation) {
        List<Map<String, String>> rows = rows(expectation.query(), expectation.parameters());
        boolean found = rows.stream().anyMatch(row -> matches(row, expectation.cells()));
        assertEquals(expectation.present(), found, expectation + "\nrows:\n" + String.join("\n",
                rows.stream().map(Map::toString).toList()));
    }

    @Test
    void everySavedQueryHasAnExpectation() {
        Set<String> tested = new TreeSet<>(expectations().map(Expectation::query).toList());
        Set<String> shipped = new TreeSet<>(CATALOG.all().stream().map(SavedQuery::name).toList());
        assertEquals(shipped, tested);
        assertTrue(shipped.size() >= 14, shipped.toString());
    }

    @Test
    void partnersByLevelGivesOneRowPerPartnerHighestLevelFirst() {
        List<String> partners = column(rows("partners-by-level", Map.of()), "partner");
        assertEquals(List.of("state:JP", "state:RU", "state:US", "state:BY"), partners);
    }

    @Test
    void timelineRunsOldestFirst() {
        List<String> when = column(rows("partnership-timeline", Map.of()), "when");
        assertEquals(List.of("1950", "1992", "1995", "2025-05"), when);
    }

    @Test
    void whoMetWhomListsDatedEventsInTimeOrderThenYearless() {
        List<String> dates = column(rows("who-met-whom", Map.of()), "date");
        assertEquals(List.of("2024-03-26", "2024-11-13", "--10-31"), dates);
    }

    @Test
    void eventsBetweenListsTheWholeMonthOfAPartialDateAndSortsByDate() {
        List<Map<String, String>> rows = rows("events-between", Map.of("from", "2024", "to", "2025"));
        assertEquals(List.of("2024-03-26", "2024-05-15", "2024-11-13", "2025-05", "2025-05", "2025-05"),
                column(rows, "when"));
    }

    @Test
    void targetValueIsTenBillionDollars() {
        QueryResult.Rows result = (QueryResult.Rows) runner.run(CATALOG.get("targets"), Map.of());
        QuerySolution row = result.rows().next();
        assertEquals(0, new BigDecimal("10000000000").compareTo(row.getLiteral("value").getValue() instanceof
                BigDecimal value ? value : new BigDecimal(row.getLiteral("value").getLexicalForm())));
        assertEquals(2025, Integer.parseInt(row.getLiteral("year").getLexicalForm()));
        assertFalse(result.rows().hasNext(), "one target in the seeds");
    }

    @Test
    void mostActiveOfficialIsLuongCuongWithTwoEventsInTwoArticles() {
        Map<String, String> first = rows("active-officials", Map.of()).get(0);
        assertEquals("Luong Cuong", first.get("name"));
        assertEquals("2", first.get("events"));
        assertEquals("2", first.get("articles"));
    }

    @Test
    void matrixCountsArticlesNotSectors() {
        // Belarus: one article naming five security sectors (defence, security, cybersecurity...) counts once.
        Map<String, String> belarus = rows("partner-sector-matrix", Map.of()).stream()
                .filter(row -> row.get("partner").equals("state:BY")).findFirst().orElseThrow();
        assertEquals("1", belarus.get("security"));
    }

    @Test
    void savedQueriesGiveTheSameRowsTwice() {
        for (SavedQuery query : CATALOG.all()) {
            assertEquals(rows(query.name(), Map.of()), rows(query.name(), Map.of()), query.name());
        }
    }

    private static List<Map<String, String>> rows(String name, Map<String, String> parameters) {
        ResultSetRewindable result = ((QueryResult.Rows) runner.run(CATALOG.get(name), parameters)).rows();
        List<Map<String, String>> rows = new ArrayList<>();
        while (result.hasNext()) {
            QuerySolution solution = result.next();
            Map<String, String> row = new LinkedHashMap<>();
            result.getResultVars().forEach(v -> row.put(v, CELLS.render(solution.get(v))));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    /** Whether {@code row} has every cell of {@code cells}: {@code column=value} or {@code column~text}. */
    private static boolean matches(Map<String, String> row, String cells) {
        for (String cell : cells.split(";")) {
            int at = cell.replace('~', '=').indexOf('=');
            String column = cell.substring(0, at).strip();
            String value = cell.substring(at + 1).strip();
            String actual = row.getOrDefault(column, "");
            boolean ok = cell.charAt(at) == '=' ? value.equals(actual) : actual.contains(value);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> pairs(String text, String separator) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split(separator, 2);
                pairs.put(kv[0].strip(), kv[1].strip());
            }
        }
        return pairs;
    }
}
