package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventClausesTest {

    private static List<String> events(String... body) {
        return TestArticles.events("2026-04", "Le Vietnam et le Kenya", body);
    }

    @Test
    void receivingAMessageIsNoAudience() {
        assertEquals(List.of("message 2026-04-21"), events(
                "Le 21 avril, le Premier ministre Ho Van Long a reçu les messages de félicitations de son "
                        + "homologue kényan."));
    }

    @Test
    void receivingTheBearerOfAMessageIsAnAudience() {
        assertEquals(List.of("meeting 2026-04-22", "message 2026-04-22"), events(
                "Le 22 avril, le Premier ministre Ho Van Long a reçu l'ambassadeur du Kenya, Peter Otieno, qui lui "
                        + "a remis une lettre du président kényan."));
    }
}
