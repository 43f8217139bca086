package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import diplokg.DiplokgException;
import diplokg.ProjectFiles;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    private static Model config(String timeout) {
        return RDFParser.fromString("""
                PREFIX ja: <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                <#server> a fuseki:Server ; ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%s" ] .
                """.formatted(timeout), Lang.TURTLE).toModel();
    }

    @Test
    void takesTheOverallPartOfTheProjectsConfiguredTimeout() {
        Model project = RDFDataMgr.loadModel(ProjectFiles.FUSEKI_CONFIG.toString());
        assertEquals(new QueryLimits(Duration.ofSeconds(30), QueryLimits.DEFAULT_MAX_ROWS), QueryLimits.of(project));
    }

    @Test
    void readsASingleTimeoutValueAsTheOverallOne() {
        assertEquals(Duration.ofMillis(2500), QueryLimits.of(config("2500")).timeout());
        assertEquals(Duration.ofMillis(900), QueryLimits.of(config("100,900")).timeout());
    }

    @Test
    void fallsBackToTheDefaultWhenNoTimeoutIsConfigured() {
        assertEquals(QueryLimits.DEFAULT_TIMEOUT, QueryLimits.of(RDFParser.fromString("", Lang.TURTLE).toModel())
                .timeout());
    }

    @Test
    void namesTheValueOfATimeoutThatIsNotMilliseconds() {
        DiplokgException e = assertThrows(DiplokgException.class, () -> QueryLimits.of(config("30s")));
        assertEquals("arq:queryTimeout must be milliseconds, as \"10000,30000\": 30s", e.getMessage());
        // ARQ does not read spaces around the comma: Fuseki would run /kg/sparql without a timeout.
        assertThrows(DiplokgException.class, () -> QueryLimits.of(config(" 100 , 900 ")));
    }
}
