package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./diplokg} launcher with its class-data archive, run as a process from a copy of the project (the
 * script, the built jar, {@code queries/}): the archive is recorded on the first run, and a missing, broken or stale
 * archive changes neither the results nor the exit code, and puts no JVM warning in the output.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target/diplokg.jar");

    @TempDir
    static Path folder;

    private static Path store;
    private static Path home;

    /** The outcome of one launch. */
    record Launch(int code, String out, String err) {
    }

    @BeforeAll
    static void copyProject() throws IOException {
        store = folder.resolve("tdb2");
        TestStores.load(store, List.of(ProjectFiles.SEEDS));
        home = folder.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("diplokg"), home.resolve("diplokg"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, home.resolve("target/diplokg.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(home.resolve("queries"));
        try (var files = Files.list(ProjectFiles.QUERIES)) {
            for (Path query : files.toList()) {
                Files.copy(query, home.resolve("queries").resolve(query.getFileName()));
            }
        }
    }

    private static Launch launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("diplokg").toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DIPLOKG_JAVA_OPTS");
        builder.environment().remove("DIPLOKG_CDS");
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "launcher did not finish");
        return new Launch(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What the same command prints in process, without the launcher. */
    private static String inProcess(String... args) {
        CliTest.Run run = CliTest.run(args);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    private static void assertSameResults(String... args) throws IOException, InterruptedException {
        Launch launch = launch(args);
        assertEquals(0, launch.code(), launch.err());
        assertEquals(inProcess(args), launch.out());
        assertFalse(launch.out().contains("[warning]") || launch.err().contains("[warning]"), launch.err());
    }

    @Test
    void recordsTheArchiveOnceAndIgnoresABrokenOrStaleOne() throws IOException, InterruptedException {
        Path archive = home.resolve("target/diplokg.jsa");
        String[] states = {"query", "states", "--width", "100", "--data", store.toString()};

        Launch first = launch(states);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("recording the classes"), first.err());
        assertTrue(Files.size(archive) > 0, "no archive recorded");
        assertEquals(inProcess(states), first.out());

        Launch second = launch(states);
        assertFalse(second.err().contains("recording"), second.err());
        assertSameResults(states);

        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        assertSameResults(states);
        assertSameResults("query", "list");

        // A jar built again (here only touched): the JVM would refuse the old archive; the launcher records a new one.
        Files.setLastModifiedTime(home.resolve("target/diplokg.jar"), FileTime.from(Instant.now()));
        Launch rebuilt = launch(states);
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(rebuilt.err().contains("recording the classes"), rebuilt.err());
        assertTrue(Files.size(archive) > "not an archive".length(), "archive not recorded again");
        assertEquals(inProcess(states), rebuilt.out());
    }

    @Test
    void runsWithoutTheArchiveWhenAskedTo() throws IOException, InterruptedException {
        List<String> command = List.of(home.resolve("diplokg").toString(), "--version");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DIPLOKG_CDS", "off");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertEquals(inProcess("--version"), out);
    }
}
