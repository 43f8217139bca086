package diplokg.bench;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts diplokg's command line in a second JVM, from this JVM's class path (the jar, or Maven's test class path), so
 * that it can be killed as a user's {@code kill -9} would: {@link Process#destroyForcibly()} sends SIGKILL on Linux,
 * and nothing of the child (no shutdown hook, no {@code finally}) runs after it.
 */
final class ChildJvm {

    private final String mainClass;
    private final String maxHeap;

    /**
     * @param mainClass the command line's main class, named by the caller: only the CLI knows it
     * @param maxHeap   the child's {@code -Xmx}, e.g. {@code 512m}
     */
    ChildJvm(String mainClass, String maxHeap) {
        this.mainClass = mainClass;
        this.maxHeap = maxHeap;
    }

    /** Starts {@code arguments}; the child's stdout and stderr go to {@code log}. */
    Process start(List<String> arguments, Path log) {
        return start(arguments, Map.of(), log);
    }

    /** Starts {@code arguments} with {@code environment} added to this process's; output goes to {@code log}. */
    Process start(List<String> arguments, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new DiplokgException("cannot start a child JVM for " + arguments + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code arguments} to the end and returns its exit code; a child still running after {@code limit} dies. */
    int run(List<String> arguments, Path log, Duration limit) {
        Process process = start(arguments, log);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new DiplokgException(arguments + " did not end within " + limit + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new DiplokgException("interrupted while " + arguments + " ran", e);
        }
    }

    /** Sends SIGKILL and waits until the process is gone, so that its locks are released. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new DiplokgException("process " + process.pid() + " outlived SIGKILL by 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("interrupted while process " + process.pid() + " was being killed", e);
        }
    }

    /** The last lines of a child's log, for a message. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
