package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.DiplokgException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    /** The outcome of one command: exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] withStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", folder.resolve("tdb2").toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void aForeseenFailureIsOneLineWithOrWithoutTheSwitch() {
        DiplokgException bad = new DiplokgException("a.txt: not UTF-8", new IOException("malformed input"));
        assertEquals("diplokg: a.txt: not UTF-8" + System.lineSeparator(), Cli.report(bad, false));
        assertEquals("diplokg: a.txt: not UTF-8" + System.lineSeparator(), Cli.report(bad, true));
    }

    @Test
    void anUnexpectedFailureSaysHowToSeeItsStackTrace() {
        String report = Cli.report(new IllegalStateException("index out of step"), false);
        List<String> lines = report.lines().toList();
        assertEquals(List.of("diplokg: IllegalStateException: index out of step",
                "diplokg: an unexpected failure; run again with DIPLOKG_STACKTRACE=1 to see where it came from"),
                lines);
    }

    @Test
    void theSwitchPrintsWhereAnUnexpectedFailureCameFrom() {
        String report = Cli.report(new IllegalStateException("index out of step"), true);
        assertTrue(report.startsWith("diplokg: IllegalStateException: index out of step"), report);
        assertTrue(report.contains("at diplokg.cli.CliTest.theSwitchPrintsWhereAnUnexpectedFailureCameFrom"), report);
        assertTrue(!report.contains("DIPLOKG_STACKTRACE=1"), report);
    }

    @Test
    void helpListsVerbsAndExitCodes() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("ingest"), run.out());
        for (ExitCode code : ExitCode.values()) {
            String line = "(?s).*\\n +" + code.code() + " +" + java.util.regex.Pattern.quote(code.meaning()) + ".*";
            assertTrue(run.out().matches(line),
                    "help lacks exit code " + code + ":\n" + run.out());
        }
    }

    @Test
    void helpGivesEachVerbOneLine() {
        Run run = run("--help");
        List<String> lines = run.out().lines().toList();
        int first = lines.indexOf("Commands:") + 1;
        List<String> verbs = lines.subList(first, first + lines.subList(first, lines.size()).indexOf(""));
        assertEquals(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().size(), verbs.size(), run.out());
        for (String verb : verbs) {
            assertTrue(verb.matches("  [a-z][a-z-]* +[A-Z].*[a-z.)]"),
                    "not one complete line: '" + verb + "'\n" + run.out());
        }
    }

    @Test
    void buildsOnlyTheVerbItRunsAndEveryVerbOtherwise() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertEquals(Set.of("query"), Cli.commandLine(sink, sink, "query", "list").getSubcommands().keySet());
        assertEquals(Cli.VERBS.size(), Cli.commandLine(sink, sink, "--help").getSubcommands().size());
        assertEquals(Cli.VERBS.size(), Cli.commandLine(sink, sink, "nonsense").getSubcommands().size());
        assertEquals(Cli.VERBS.size(), Cli.commandLine(sink, sink).getSubcommands().size());
    }

    @Test
    void verbAloneGivesTheSameHelpAsTheWholeCommandLine() {
        StringWriter alone = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(alone), new PrintWriter(new StringWriter()), "query", "--help")
                .execute("query", "--help");
        assertEquals(0, code);
        assertEquals(run("query", "--help").out(), alone.toString());
    }

    @Test
    void versionIsTheExtractorVersionThatGraphsRecord() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertEquals("diplokg " + diplokg.mapping.ExtractionRun.now().extractorVersion() + "\n", run.out());
    }

    @Test
    void aSavedQueryParameterWrittenAsAnOptionIsAnsweredWithHowToGiveIt() {
        Run run = run("query", "partner-network", "--state", "FR");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("-p state=FR"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, not the whole usage: " + run.err());
        assertTrue(run("query", "officials", "--role=role:ambassador").err().contains("-p role=role:ambassador"));
        Run other = run("query", "states", "--nonsense");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("-p nonsense=VALUE"), other.err());
    }

    @Test
    void unknownVerbIsAUsageError() {
        Run run = run("frobnicate");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void loadsGoodArticlesAndRejectsBadOnesWithExitCodeThree() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("good.txt"), "Le Vietnam et le Laos\n\nLe Laos et le Vietnam coopèrent.\n");
        Files.writeString(articles.resolve("empty.txt"), "");
        Run run = run(withStore("ingest", articles.toString()));
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().startsWith("Loaded 1 articles (0 unchanged, 1 rejected)"), run.out());
        assertEquals("rejected: " + articles.resolve("empty.txt") + ": empty file: no title and no body\n",
                run.err().lines().filter(l -> l.startsWith("rejected")).findFirst().orElse("") + "\n");

        Run query = run(withStore("query", "articles", "--format", "csv"));
        assertEquals(0, query.code(), query.err());
        assertTrue(query.out().contains("good,,Le Vietnam et le Laos"), query.out());
    }

    @Test
    void secondLoadOfTheSameFilesChangesNothing() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "La Chine et le Vietnam\n\nLa Chine et le Vietnam coopèrent.\n");
        assertEquals(0, run(withStore("ingest", articles.toString())).code());
        Run again = run(withStore("ingest", articles.toString()));
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("Loaded 0 articles (1 unchanged, 0 rejected)"), again.out());
    }

    @Test
    void unknownQueryIsOneLineAndExitCodeTwo() {
        Run run = run(withStore("query", "nope"));
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("diplokg: unknown query 'nope'"), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = run(withStore("query", "articles", "--format", "yaml"));
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Invalid value for option '--format': expected one of [TABLE, CSV, "
                + "TSV, JSON, XML, TTL, JSONLD, NT] (case-insensitive) but was 'yaml'"), run.err());
    }

    @Test
    void aHostFusekiCannotBindToIsAUsageErrorBeforeAnythingStarts() {
        Run run = run(withStore("serve", "--port", "0", "--host", "192.0.2.7"));
        assertEquals(2, run.code());
        assertEquals("diplokg: --host takes localhost (this machine only) or 0.0.0.0 (every interface), "
                + "not '192.0.2.7'", run.err().strip());
    }
}
