package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheArticlesAndTheirGoldAndSaysHowFast() throws IOException {
        Path corpus = folder.resolve("corpus");
        Run run = run("generate", "--articles", "12", "--out", corpus.toString(), "--seed", "5",
                "--ontology", "ontology");
        assertEquals(0, run.code(), run.err());
        assertEquals(12, count(corpus.resolve("articles")));
        assertEquals(12, count(corpus.resolve("gold")));
        assertTrue(run.out().startsWith("Generated 12 articles with gold into " + corpus), run.out());
    }

    @Test
    void refusesAnEmptyCorpusAsAUsageError() {
        Run run = run("generate", "--articles", "0", "--out", folder.toString(), "--ontology", "ontology");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--articles"), run.err());
    }

    @Test
    void refusesARepeatShareOutsideZeroToOneAsAUsageErrorNamingIt() {
        Run run = run("generate", "--articles", "3", "--out", folder.toString(), "--repeat-share", "1.2",
                "--ontology", "ontology");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--repeat-share must be between 0 and 1, got 1.2"), run.err());
    }

    @Test
    void needsACountAndAFolder() {
        assertEquals(2, run("generate", "--out", folder.toString()).code());
        assertEquals(2, run("generate", "--articles", "3").code());
    }
}
