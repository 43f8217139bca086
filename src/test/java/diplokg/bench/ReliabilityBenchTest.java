package diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

class ReliabilityBenchTest {

    @Test
    void aKindOfTrialNotRunSaysSoInTheMarkdownAndTheJsonInsteadOfARatio() {
        List<CrashTrial> uploads = List.of(new CrashTrial(1, 120, "old", true), new CrashTrial(2, 480, "old", true),
                new CrashTrial(3, 910, "a mix of the two states", false));
        BenchReport report = new BenchReport(30, 1, 2, List.of(new Section("summary", "Reliability run",
                List.of("figure", "value"), ReliabilityBench.trialSummary(List.of(), uploads, List.of(), List.of()))));

        String markdown = report.markdown();
        assertTrue(markdown.contains("| crash trials consistent | not run (--trials 0) |\n"), markdown);
        assertTrue(markdown.contains("| upload crash trials consistent | 2 of 3 |\n"), markdown);
        assertTrue(markdown.contains("| update crash trials consistent | not run (--update-trials 0) |\n"), markdown);
        assertTrue(markdown.contains("| compaction crash trials consistent | not run (--compact-trials 0) |\n"),
                markdown);
        assertFalse(markdown.contains("0 of 0"), markdown);

        List<String> values = JSON.parse(report.json()).get("summary").getAsArray().stream()
                .map(JsonValue::getAsObject).map(row -> row.getString("figure") + ": " + row.getString("value"))
                .toList();
        assertEquals(List.of("crash trials consistent: not run (--trials 0)", "upload crash trials consistent: 2 of 3",
                "update crash trials consistent: not run (--update-trials 0)",
                "compaction crash trials consistent: not run (--compact-trials 0)"), values);
    }
}
