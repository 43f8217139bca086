package diplokg.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@code diplokg} server running in a child JVM, as the tests that need a second process start it. */
final class ServingProcess {

    private ServingProcess() {
    }

    /**
     * {@code process} once its banner says it serves; within 60 s, else it is stopped and the test fails with what
     * it printed. Its output is read to the end meanwhile, so that a full pipe never blocks it.
     */
    static Process awaitServing(Process process, String what) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> drain(process, lines), what + "-output");
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.startsWith("Press Ctrl-C")) {
                    return process;
                }
            } else if (!process.isAlive()) {
                break;
            }
        }
        stop(process);
        return fail("the " + what + " did not start:\n" + seen);
    }

    /** Stops the server as Ctrl-C would (its shutdown hook releases the store), forcibly if it lingers. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void drain(Process process, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        }
    }
}
