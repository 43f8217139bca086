package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A session an indefinite article introduces is a new one; the same session named again with "le" is not. */
class EventNewSessionsTest {

    private static final String FORUM = "Le Premier ministre Tran Van Ba et le Premier ministre indien Arjun Mehta "
            + "ont participé mardi 6 mai à Hanoï au forum d'affaires Vietnam - Inde.";

    @Test
    void aRoundTableIntroducedAfterAForumIsAnotherSession() {
        assertEquals(List.of("conference 2025-05-06", "conference 2025-05"), TestArticles.events("2025-05",
                "Le Vietnam et l'Inde", FORUM,
                "Le Premier ministre Tran Van Ba a par ailleurs présidé une table ronde avec des dirigeants "
                        + "d'entreprises indiennes."));
    }

    @Test
    void aSessionHeldEarlierInTheArticlesNewsTakesItsMonth() {
        assertEquals(List.of("conference 2025-05-06", "conference 2025-05"), TestArticles.events("2025-05",
                "Le Vietnam et l'Inde", FORUM,
                "Auparavant, le Premier ministre Tran Van Ba a présidé une table ronde avec des dirigeants "
                        + "d'entreprises indiennes."));
    }

    @Test
    void theForumNamedAgainIsTheSameSession() {
        assertEquals(List.of("conference 2025-05-06"), TestArticles.events("2025-05", "Le Vietnam et l'Inde", FORUM,
                "Le forum a réuni plus de 300 entreprises des deux pays, selon le Premier ministre Arjun Mehta."));
    }
}
