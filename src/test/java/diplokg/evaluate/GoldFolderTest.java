package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Happenings read from gold files, and gold files without them. */
class GoldFolderTest {

    @TempDir
    Path folder;

    private void gold(String id, String... events) throws IOException {
        Files.writeString(folder.resolve(id + ".json"), "{\"article\": \"" + id + "\", \"date\": null,"
                + " \"title\": \"t\", \"events\": [" + String.join(", ", events) + "]}");
    }

    private static String event(String happening) {
        return "{\"type\": \"meeting\", \"date\": null, \"place\": null, \"participants\": []"
                + (happening == null ? "" : ", \"happening\": \"" + happening + "\"") + "}";
    }

    @Test
    void readsTheHappeningOfEachEventByArticleAndPositionAndTheAnnotationsIgnoreIt() throws IOException {
        gold("a", event("h1"), event("h2"));
        gold("b", event("h1"));
        assertEquals(Map.of(new GoldMention("a", 0), "h1", new GoldMention("a", 1), "h2", new GoldMention("b", 0),
                "h1"), GoldFolder.happenings(folder));
        assertEquals(2, GoldFolder.read(folder).get("a").get(diplokg.fact.Contract.EVENTS).size());
    }

    @Test
    void goldWithoutHappeningsHasNone() throws IOException {
        gold("a", event(null));
        assertEquals(Map.of(), GoldFolder.happenings(folder));
    }

    @Test
    void anEventWithoutHappeningAmongEventsWithIsAnErrorNamingItsFile() throws IOException {
        gold("a", event("h1"));
        gold("b", event(null));
        DiplokgException error = assertThrows(DiplokgException.class, () -> GoldFolder.happenings(folder));
        assertTrue(error.getMessage().startsWith(folder.resolve("b.json") + ": an event without \"happening\""),
                error.getMessage());
    }

    @Test
    void selectsTheGoldFilesOfGivenArticlesAndNamesAMissingOne() throws IOException {
        gold("a", event("h1"));
        assertEquals(List.of(folder.resolve("a.json")), GoldFolder.files(folder, List.of("a")));
        DiplokgException error = assertThrows(DiplokgException.class, () -> GoldFolder.files(folder, List.of("z")));
        assertEquals(folder.resolve("z.json") + ": no gold file for article z", error.getMessage());
    }
}
