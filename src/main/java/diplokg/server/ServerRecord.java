package diplokg.server;

import diplokg.DiplokgException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What a running server records in the folder of the store it serves ({@value #FILE_NAME}), so that the command line
 * finds it on whatever port it listens: its root URL and its process id. TDB2 ignores files in the store folder that
 * are not its own, and compaction replaces only its {@code Data-NNNN} folders.
 *
 * <p>The server writes the record once it listens and deletes it when it stops cleanly. A server that was killed
 * leaves it behind: a record is trusted only when its process is the one holding the store's lock and the URL answers
 * a ping ({@link #answers}); a stale one is overwritten by the next server.
 *
 * @param url the server's root URL, e.g. {@code http://localhost:3030}
 * @param pid the server's process id
 */
public record ServerRecord(String url, long pid) {

    /** The record's file name inside the store folder. */
    public static final String FILE_NAME = "server.json";

    public ServerRecord {
        Objects.requireNonNull(url, "url");
    }

    /** The record of this process serving on {@code port}. */
    static ServerRecord ofThisProcess(int port) {
        return new ServerRecord("http://localhost:" + port, ProcessHandle.current().pid());
    }

    /** The record's file for the store in {@code store}. */
    public static Path fileOf(Path store) {
        return store.resolve(FILE_NAME);
    }

    /** The record in the folder of {@code store}; empty when there is none or it cannot be read as one. */
    public static Optional<ServerRecord> read(Path store) {
        try {
            JsonObject json = JSON.parse(Files.readString(fileOf(store), StandardCharsets.UTF_8));
            if (!json.hasKey("url") || !json.hasKey("pid")) {
                return Optional.empty();
            }
            return Optional.of(new ServerRecord(json.getString("url"), json.getNumber("pid").longValue()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JsonException | ClassCastException e) {
            // A record half-written by a crash, or not ours: it names no server.
            return Optional.empty();
        }
    }

    /** Writes the record into the folder of {@code store}, replacing any, atomically (a reader never sees half). */
    void write(Path store) {
        JsonObject json = new JsonObject();
        json.put("url", url);
        json.put("pid", pid);
        Path file = fileOf(store);
        Path partial = store.resolve(FILE_NAME + ".partial");
        try {
            Files.writeString(partial, json.toString() + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot record the server's URL: " + e.getMessage(), e);
        }
    }

    /** Deletes the record in the folder of {@code store} if it is this one (not a later server's). */
    void deleteFrom(Path store) {
        if (read(store).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(fileOf(store));
            } catch (IOException e) {
                throw new DiplokgException(fileOf(store) + ": cannot delete the server record: " + e.getMessage(), e);
            }
        }
    }

    /** Whether a diplokg server answers at {@link #url()}'s ping within {@code patience}. */
    public boolean answers(Duration patience) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(patience).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url + "/$/ping"))
                    .timeout(patience).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
