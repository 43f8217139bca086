package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FixtureStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/validate");

    @TempDir
    Path folder;

    private CliTest.Run validate(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--data", folder.toString()));
        args.addAll(List.of(options));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void exitsWithOneAndNamesEachFaultyNodeWhenTheStoreHasViolations() {
        FixtureStores.load(folder, FIXTURES.resolve("broken.trig"));
        CliTest.Run run = validate();
        assertEquals(1, run.code(), run.err());
        List<String> focusLines = run.out().lines().filter(l -> l.startsWith("VIOLATION")).toList();
        assertEquals(List.of("VIOLATION article:broken/sentence/1", "VIOLATION event:broken-0",
                "VIOLATION partnership:broken-0"), focusLines, run.out());
        assertTrue(run.out().contains("VIOLATION event:broken-0\n  graph    graph:article/broken\n"
                + "  path     dkg:date\n  value    \"13 novembre\"\n"), run.out());
        assertTrue(run.out().lines().toList().get((int) run.out().lines().count() - 1)
                .startsWith("Does not conform: 3 violations, 0 warnings, 0 infos on 3 focus nodes"), run.out());
    }

    @Test
    void exitsWithZeroWhenTheStoreConforms() {
        FixtureStores.load(folder, FIXTURES.resolve("rich.trig"));
        CliTest.Run run = validate();
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith("Conforms: 0 violations, 0 warnings, 0 infos on 0 focus nodes"), run.out());
    }

    @Test
    void refusesAnEmptyStore() {
        CliTest.Run run = validate();
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("diplokg: " + folder + ": the store is empty"), run.err());
    }

    @Test
    void limitsTheFindingsPrintedButCountsThemAll() {
        FixtureStores.load(folder, FIXTURES.resolve("broken.trig"));
        CliTest.Run run = validate("--limit", "1");
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("VIOLATION")).count(), run.out());
        assertTrue(run.out().contains("... and 2 more findings (--limit 0 shows all)"), run.out());
        assertTrue(run.out().contains("Does not conform: 3 violations"), run.out());
    }
}
