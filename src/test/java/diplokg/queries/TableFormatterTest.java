package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;

class TableFormatterTest {

    private static final String SENTENCE = "Le Vietnam et la Russie célèbrent les 74 ans de l'établissement de "
            + "leurs relations diplomatiques.";

    /** Two rows: a state IRI, a long French sentence, a number. */
    private static ResultSetRewindable rows() {
        String query = "SELECT ?partner ?evidence ?year { VALUES (?partner ?evidence ?year) { "
                + "(<https://w3id.org/diplokg/id/state/RU> \"" + SENTENCE + "\"@fr 1950) "
                + "(<https://w3id.org/diplokg/id/state/US> \"Short.\" 1995) } }";
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
            return ResultSetFactory.copyResults(execution.execSelect());
        }
    }

    private static List<String> table(ResultSetRewindable rows, int width) {
        StringWriter text = new StringWriter();
        new TableFormatter(Namespaces.of(BaseIri.DEFAULT), width).write(rows, new PrintWriter(text));
        return text.toString().lines().toList();
    }

    @Test
    void wideTableIsNotCut() {
        List<String> lines = table(rows(), 200);
        assertEquals("partner  | evidence" + " ".repeat(SENTENCE.length() - 8) + " | year", lines.get(0));
        assertEquals("state:RU | " + SENTENCE + " | 1950", lines.get(2));
        assertEquals("(2 rows)", lines.get(4));
    }

    @Test
    void narrowTerminalCutsTheTextAndKeepsIrisWhole() {
        List<String> lines = table(rows(), 50);
        lines.forEach(line -> assertTrue(line.length() <= 50, "wider than 50: " + line));
        assertEquals(50, lines.get(2).length(), "the table uses the width it has");
        assertTrue(lines.get(2).startsWith("state:RU | Le Vietnam et la Russie"), lines.get(2));
        assertTrue(lines.get(2).endsWith("… | 1950"), lines.get(2));
        assertTrue(lines.get(3).startsWith("state:US | Short."), lines.get(3));
    }

    @Test
    void irisAreCutOnlyOnceTextColumnsAreDownToTwelveCharacters() {
        String query = "SELECT ?event ?note { VALUES (?event ?note) { "
                + "(<https://w3id.org/diplokg/id/event/002_3e8b7122a839a5da-1> \"a phone call between two leaders\")"
                + " } }";
        ResultSetRewindable rows;
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
            rows = ResultSetFactory.copyResults(execution.execSelect());
        }
        assertEquals("event:002_3e8b7122a839a5da-1 | a phone cal…", table(rows, 43).get(2));
        assertEquals("event:002_3e8b7122a839a5… | a phone cal…", table(rows, 40).get(2));
    }

    @Test
    void manyColumnsStopAtSixCharactersEach() {
        List<String> lines = table(rows(), 20);
        assertEquals("partn… | evide… | year", lines.get(0));
        assertEquals("state… | Le Vi… | 1950", lines.get(2), "22 columns: wider than asked, not narrower than six");
    }
}
