package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FixtureStores;
import diplokg.ProjectFiles;
import diplokg.ingest.ReferenceGraph;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    private static final Path RICH = Path.of("src/test/resources/validate/rich.trig");
    private static final String ARTICLE_GRAPH = "https://w3id.org/diplokg/graph/article/rich";

    @TempDir
    Path folder;

    @BeforeEach
    void loadFixture() {
        FixtureStores.load(folder, RICH);
    }

    /** The counts of rich.trig, counted by hand. */
    private static Map<String, Long> expectedCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", 1L);
        counts.put("sentences", 2L);
        counts.put("statesNamed", 2L);
        counts.put("relations", 1L);
        counts.put("persons", 2L);
        counts.put("positions", 2L);
        counts.put("events", 2L);
        counts.put("partnerships", 1L);
        counts.put("establishments", 1L);
        counts.put("targets", 1L);
        counts.put("organizations", 1L);
        counts.put("agreements", 1L);
        return counts;
    }

    @Test
    void countsEachKindOfFactAndTheTriplesOfEachGraphAsJson() {
        CliTest.Run run = CliTest.run("stats", "--format", "json", "--data", folder.toString());
        assertEquals(0, run.code(), run.err());
        JsonObject json = JSON.parse(run.out());
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonObject countsJson = json.get("counts").getAsObject();
        countsJson.keys().forEach(key -> counts.put(key, countsJson.get(key).getAsNumber().value().longValue()));
        assertEquals(expectedCounts(), counts);

        long reference = ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT).graph().size();
        long article = RDFDataMgr.loadDatasetGraph(RICH.toString()).getUnionGraph().size();
        Map<String, Long> graphs = new LinkedHashMap<>();
        json.get("graphs").getAsArray().forEach(g -> graphs.put(g.getAsObject().get("graph").getAsString().value(),
                g.getAsObject().get("triples").getAsNumber().value().longValue()));
        assertEquals(Map.of(BaseIri.DEFAULT.referenceGraph(), reference, ARTICLE_GRAPH, article), graphs);
        assertEquals(reference + article, json.get("quads").getAsNumber().value().longValue());
    }

    @Test
    void printsATableWithOneLinePerCountAndTheLargestGraphs() {
        CliTest.Run run = CliTest.run("stats", "--graphs", "1", "--data", folder.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("articles                  1", lines.get(0));
        assertEquals("states named              2", lines.get(2));
        assertTrue(lines.contains("Triples per graph (the 1 largest of 2):"), run.out());
        assertTrue(lines.get(lines.size() - 1).endsWith("  graph/reference"), run.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliTest.Run run = CliTest.run("stats", "--format", "yaml", "--data", folder.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Invalid value for option '--format': expected one of [TABLE, JSON] "
                + "(case-insensitive) but was 'yaml'"), run.err());
    }
}
