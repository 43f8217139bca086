package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting of a forum ("la 4e réunion du Forum de partenariat") is a session of that mechanism, a conference like
 * a meeting of a committee, not talks beside it; a meeting with someone is still talks.
 */
class EventForumSessionsTest {

    @Test
    void aMeetingOfAForumIsOneConference() {
        assertEquals(List.of("conference 2023-05-05"), TestArticles.events("2023-05", "Le Vietnam et le Chili",
                "La 4e réunion du Forum de partenariat Vietnam - Chili s'est tenue le 5 mai à Santiago, sous la "
                        + "coprésidence du vice-ministre Tran Van Ba et de la vice-ministre chilienne Ana Ruiz."));
    }

    @Test
    void aMeetingWithSomeoneIsStillTalks() {
        assertEquals(List.of("meeting 2023-05-05"), TestArticles.events("2023-05", "Le Vietnam et le Chili",
                "Le 5 mai à Santiago, le vice-ministre Tran Van Ba a eu une réunion avec la vice-ministre "
                        + "chilienne Ana Ruiz, qui copréside le Comité de pilotage."));
    }
}
